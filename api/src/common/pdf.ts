import fs from 'node:fs';

const FONT_DIR = '@expo-google-fonts/noto-sans';
/**
 * Noto Sans covers Latin with its extensions (every letter of Indonesian names, with accents and
 * marks) and the typographic quotes and dashes, embedded so the PDF reads the same everywhere.
 */
const FONTS = {
  regular: `${FONT_DIR}/400Regular/NotoSans_400Regular.ttf`,
  italic: `${FONT_DIR}/400Regular_Italic/NotoSans_400Regular_Italic.ttf`,
  semibold: `${FONT_DIR}/600SemiBold/NotoSans_600SemiBold.ttf`,
  bold: `${FONT_DIR}/700Bold/NotoSans_700Bold.ttf`,
} as const;
export type PdfFont = keyof typeof FONTS;

/** The font files, read on first use and kept: every document embeds the same bytes. */
const files = new Map<PdfFont, Buffer>();

/** Registers the Noto Sans faces on a document under their names (`regular`, `italic`, `semibold`, `bold`). */
export function useNotoSans(doc: PDFKit.PDFDocument): void {
  for (const face of Object.keys(FONTS) as PdfFont[]) {
    let file = files.get(face);
    if (!file) files.set(face, (file = fs.readFileSync(require.resolve(FONTS[face]))));
    doc.registerFont(face, file);
  }
}

/** The document's bytes once it ends: call before writing to it, then `doc.end()`. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
