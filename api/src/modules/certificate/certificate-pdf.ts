import { floorJp } from '@komunitas-pintar/domain';
import { pdfkit, qrcode } from '../../common/heavy-libraries';
import { type PdfFont, pdfBytes, useNotoSans } from '../../common/pdf';
import { groupVerificationCode, verificationUrl } from './verification-code';

/** What a registered certificate shows (the fields of a certificate in the domain rules). */
export interface CertificateDocument {
  /** Registered number, e.g. KP/2026/00042. */
  number: string;
  verificationCode: string;
  holder: {
    name: string;
    /** 18 digits; printed grouped as on the employee's card. */
    nip: string;
    position: string | null;
    opd: string;
  };
  activity: {
    title: string;
    /** Form of learning (SIASN jenis diklat), e.g. Komunitas belajar. */
    form: string;
    organiser: string | null;
    /** YYYY-MM-DD. */
    startDate: string;
    endDate: string;
    jp: number;
    /** Result or qualification, e.g. Sangat baik; null when the activity gives none. */
    result: string | null;
    competencies: { name: string; level: number | null }[];
  };
  /** Who issues it: the regency and its personnel agency. */
  issuer: { government: string; agency: string };
  /** Place and date (YYYY-MM-DD) of issue. */
  issued: { place: string; date: string };
  /** The signing official (from settings). */
  signer: { title: string; name: string; nip: string | null };
}

export interface CertificatePdfOptions {
  /** Public base URL of the application: the QR code opens `<baseUrl>/verify/<code>`. */
  baseUrl: string;
}

type Font = PdfFont;

const PRIMARY = '#0b5d8c';
const GOLD = '#c99700';
const INK = '#1f2933';
const MUTED = '#52606d';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function dateParts(date: string): { day: number; month: string; year: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { day, month: MONTHS[month - 1], year };
}

/** 28 November 2026. */
export function indonesianDate(date: string): string {
  const d = dateParts(date);
  return `${d.day} ${d.month} ${d.year}`;
}

/** 2–6 Maret 2026; 28 Februari – 3 Maret 2026; 29 Desember 2025 – 2 Januari 2026; one day: 5 Mei 2026. */
export function indonesianDateRange(start: string, end: string): string {
  if (start === end) return indonesianDate(start);
  const a = dateParts(start);
  const b = dateParts(end);
  if (a.year !== b.year) return `${indonesianDate(start)} – ${indonesianDate(end)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${indonesianDate(end)}`;
  return `${a.day}–${indonesianDate(end)}`;
}

/** JP as the certificate states them: to one decimal, never rounded up, with a decimal comma (19,9 JP; 32 JP). */
export function certificateJp(jp: number): string {
  return `${floorJp(jp).toLocaleString('id-ID', { maximumFractionDigits: 1 })} JP`;
}

/** A NIP grouped as printed: 19920315 201903 2 001. */
function groupNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/** Where a text may go: its width (and left edge), its lines and the sizes it may take. */
interface TextBox {
  x: number;
  width: number;
  lines: number;
  /** The most points it may take, when less than `lines` lines. */
  height?: number;
  max: number;
  min: number;
  color?: string;
}

/** A piece of centred text laid out before it is drawn: its height, and how to draw it at a y. */
interface Block {
  height: number;
  draw(y: number): void;
}

/** The size from `box.max` down to `box.min` (by half points) at which `text` fits the box, and whether it fits whole there. */
function sizeToFit(doc: PDFKit.PDFDocument, text: string, font: Font, box: TextBox): { size: number; whole: boolean } {
  doc.font(font);
  const room = () => Math.min(box.lines * doc.currentLineHeight(true), box.height ?? Number.POSITIVE_INFINITY) + 0.5;
  for (let size = box.max; size >= box.min; size -= 0.5) {
    doc.fontSize(size);
    if (doc.heightOfString(text, { width: box.width }) <= room()) return { size, whole: true };
  }
  return { size: box.min, whole: false };
}

/**
 * `text` centred in the first box it fits whole, at the largest size that fits (a long name takes
 * one line at a smaller size before it takes two); in the last box, at its smallest size, a longer
 * text is cut with an ellipsis.
 */
function fitted(doc: PDFKit.PDFDocument, text: string, font: Font, ...boxes: TextBox[]): Block {
  let box = boxes[boxes.length - 1];
  let size = box.min;
  for (const candidate of boxes) {
    const fit = sizeToFit(doc, text, font, candidate);
    box = candidate;
    size = fit.size;
    if (fit.whole) break;
  }
  doc.font(font).fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  const room = Math.min(box.lines * lineHeight, box.height ?? Number.POSITIVE_INFINITY);
  const height = Math.min(doc.heightOfString(text, { width: box.width }), Math.max(1, Math.floor((room + 0.5) / lineHeight)) * lineHeight);
  return {
    height,
    draw: (y) => {
      doc
        .font(font)
        .fontSize(size)
        .fillColor(box.color ?? INK)
        .text(text, box.x, y, { width: box.width, align: 'center', height, ellipsis: true });
    },
  };
}

/** `text` centred in one size (wrapping if it must). */
function line(doc: PDFKit.PDFDocument, text: string, font: Font, size: number, color: string, x: number, width: number): Block {
  doc.font(font).fontSize(size);
  const height = doc.heightOfString(text, { width });
  return { height, draw: (y) => void doc.font(font).fontSize(size).fillColor(color).text(text, x, y, { width, align: 'center' }) };
}

/** The QR code of `text` as squares (sharp at any zoom), `size` points wide with its quiet zone. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = qrcode().create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 4;
  const cell = size / (count + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
}

/**
 * The certificate as a PDF: one A4 landscape page, in Indonesian, with the number, the holder, the
 * activity and its JP, the competencies, place and date, the signing official, and a QR code that
 * opens the public verification page. Long names and titles shrink to fit, then wrap.
 */
export function renderCertificatePdf(cert: CertificateDocument, options: CertificatePdfOptions): Promise<Buffer> {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: {
      Title: `Sertifikat ${cert.number}`,
      Author: `${cert.issuer.agency}, ${cert.issuer.government}`,
      Subject: `${cert.activity.title}: ${cert.holder.name}`,
    },
  });
  useNotoSans(doc);
  const done = pdfBytes(doc);

  const W = doc.page.width;
  const H = doc.page.height;
  const left = 70;
  const width = W - 2 * left;

  // Frame
  doc
    .lineWidth(3)
    .rect(18, 18, W - 36, H - 36)
    .stroke(PRIMARY);
  doc
    .lineWidth(0.8)
    .rect(26, 26, W - 52, H - 52)
    .stroke(GOLD);

  // Issuer, title, number
  doc
    .font('semibold')
    .fontSize(12)
    .fillColor(PRIMARY)
    .text(cert.issuer.government.toUpperCase(), left, 44, { width, align: 'center', characterSpacing: 1.5 });
  doc
    .font('regular')
    .fontSize(10.5)
    .fillColor(PRIMARY)
    .text(cert.issuer.agency.toUpperCase(), left, doc.y + 1, { width, align: 'center', characterSpacing: 1 });
  doc.font('bold').fontSize(32).fillColor(PRIMARY).text('SERTIFIKAT', left, 74, { width, align: 'center', characterSpacing: 6 });
  doc
    .moveTo(W / 2 - 60, doc.y + 2)
    .lineTo(W / 2 + 60, doc.y + 2)
    .lineWidth(1.2)
    .stroke(GOLD);
  doc
    .font('regular')
    .fontSize(11.5)
    .fillColor(INK)
    .text(`Nomor: ${cert.number}`, left, doc.y + 10, { width, align: 'center' });

  // The bottom band: the QR code on the left, place, date and the signing official on the right,
  // laid out from the bottom edge up; the competencies between them.
  const bottom = H - 44;
  const signX = W - 320;
  const signW = 260;
  const nameY = bottom - 40;
  const signTitle = fitted(doc, cert.signer.title, 'regular', { x: signX, width: signW, lines: 2, max: 11, min: 9 });
  const titleY = nameY - 44 - signTitle.height;
  const placeY = titleY - 16;
  const qrSize = 88;
  const qrY = bottom - qrSize - 40;
  const bandTop = Math.min(placeY, qrY) - 6;

  // Holder and activity, centred in the room between the title and the bottom band
  const position = [cert.holder.position, cert.holder.opd].filter(Boolean).join(', ');
  const facts = [
    cert.activity.form,
    indonesianDateRange(cert.activity.startDate, cert.activity.endDate),
    certificateJp(cert.activity.jp),
  ].join('  ·  ');
  const more = [
    cert.activity.organiser && `Penyelenggara: ${cert.activity.organiser}`,
    cert.activity.result && `Hasil: ${cert.activity.result}`,
  ]
    .filter(Boolean)
    .join('  ·  ');
  const name = { x: left + 30, width: width - 60 };
  const title = { x: left + 40, width: width - 80 };
  const rows: [gap: number, block: Block][] = [
    [0, line(doc, 'diberikan kepada', 'italic', 11.5, MUTED, left, width)],
    [4, fitted(doc, cert.holder.name, 'bold', { ...name, lines: 1, max: 26, min: 20 }, { ...name, lines: 2, max: 21, min: 14 })],
    [2, line(doc, `NIP ${groupNip(cert.holder.nip)}`, 'regular', 11.5, INK, left, width)],
    [1, fitted(doc, position, 'regular', { x: left + 60, width: width - 120, lines: 2, max: 11.5, min: 9.5, color: MUTED })],
    [10, line(doc, 'atas keikutsertaannya dalam', 'italic', 11.5, MUTED, left, width)],
    [3, fitted(doc, cert.activity.title, 'semibold', { ...title, lines: 2, max: 17, min: 14 }, { ...title, lines: 3, max: 14, min: 11 })],
    [4, line(doc, facts, 'regular', 11.5, INK, left, width)],
    ...(more ? [[1, line(doc, more, 'regular', 10.5, MUTED, left, width)] as [number, Block]] : []),
  ];
  const top = 150;
  const total = rows.reduce((sum, [gap, block]) => sum + gap + block.height, 0);
  // A third of the room left above the text, two thirds below: it stays close to the title.
  let y = top + Math.max(0, (bandTop - 8 - top - total) / 3);
  for (const [gap, block] of rows) {
    block.draw(y + gap);
    y += gap + block.height;
  }

  // Competencies, in the bottom band between the QR code and the signature
  if (cert.activity.competencies.length) {
    const list = cert.activity.competencies.map((c) => (c.level ? `${c.name} (level ${c.level})` : c.name)).join(', ');
    const box = { x: 160, width: signX - 180 };
    const heading = line(doc, 'Kompetensi yang dikembangkan', 'semibold', 9, INK, box.x, box.width);
    const listY = Math.max(bandTop, y + 8) + 6 + heading.height + 2;
    heading.draw(listY - heading.height - 2);
    fitted(doc, list, 'regular', { ...box, lines: 8, height: bottom - listY, max: 10, min: 7.5, color: MUTED }).draw(listY);
  }

  // QR code and verification, bottom left
  const url = verificationUrl(options.baseUrl, cert.verificationCode);
  drawQr(doc, url, 44, qrY, qrSize);
  doc
    .font('semibold')
    .fontSize(8)
    .fillColor(INK)
    .text('Periksa keaslian sertifikat:', 48, bottom - 38, { width: 230 });
  doc.font('regular').fontSize(7.5).fillColor(MUTED).text(url, 48, doc.y, { width: 230 });
  doc
    .font('semibold')
    .fontSize(8)
    .fillColor(INK)
    .text(`Kode: ${groupVerificationCode(cert.verificationCode)}`, 48, doc.y, { width: 230 });

  // Place, date and signing official, bottom right, with room to sign above the name
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(INK)
    .text(`${cert.issued.place}, ${indonesianDate(cert.issued.date)}`, signX, placeY, { width: signW, align: 'center' });
  signTitle.draw(titleY);
  doc.font('bold').fontSize(11).fillColor(INK).text(cert.signer.name, signX, nameY, { width: signW, align: 'center', underline: true });
  if (cert.signer.nip)
    doc
      .font('regular')
      .fontSize(10)
      .text(`NIP ${groupNip(cert.signer.nip)}`, signX, doc.y, { width: signW, align: 'center' });

  doc.end();
  return done;
}
