// Reads a PDF the way a person would: its text, and each page drawn as an image in which QR codes
// are looked for. Runs as its own Node process (`node tests/support/read-pdf.mjs <file.pdf>
// [<page-1.png>]`) because PDF.js is an ES module that jest's CommonJS runtime cannot load.
// Prints JSON: { pages, width, height, text, qr } for the first page, `qr` being the text of the
// QR code found on it (or null). With a second argument the drawn page is also saved as PNG.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [file, pngOut] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));

const pdf = await getDocument({
  data: new Uint8Array(fs.readFileSync(file)),
  standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
  disableFontFace: true,
  verbosity: 0,
}).promise;
const page = await pdf.getPage(1);

const content = await page.getTextContent();
const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');

// 3 pixels per point: a QR module of about 1 pt becomes 3 pixels, which jsQR reads reliably.
const viewport = page.getViewport({ scale: 3 });
const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
const context = canvas.getContext('2d');
context.fillStyle = '#ffffff';
context.fillRect(0, 0, canvas.width, canvas.height);
await page.render({ canvas, canvasContext: context, viewport }).promise;
const image = context.getImageData(0, 0, canvas.width, canvas.height);
const qr = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
if (pngOut) fs.writeFileSync(pngOut, await canvas.encode('png'));

const { width, height } = page.getViewport({ scale: 1 });
process.stdout.write(JSON.stringify({ pages: pdf.numPages, width, height, text, qr: qr?.data ?? null }));
await pdf.destroy();
