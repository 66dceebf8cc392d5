/* eslint-disable @typescript-eslint/no-require-imports -- each library is loaded on first use, not with the app */
import type ExcelJS from 'exceljs';
import type MarkdownIt from 'markdown-it';
import type PDFDocument from 'pdfkit';
import type QRCode from 'qrcode';
import type sanitizeHtml from 'sanitize-html';

/**
 * Libraries that only a file export, a PDF, a QR code or a lesson's Markdown needs, loaded on first
 * use and then kept by Node's module cache. Loaded with the app they added about a quarter of the
 * time a fresh process takes to load the API (exceljs alone about 0.2 s of 1.1 s, idle), to every
 * start of the server and every API test file, though most never build such a file
 * (`tests/bench/app-load.mjs`). Import their types with `import type`; call these for the values.
 */
export function exceljs(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}

export function pdfkit(): typeof PDFDocument {
  return require('pdfkit') as typeof PDFDocument;
}

export function qrcode(): typeof QRCode {
  return require('qrcode') as typeof QRCode;
}

export function markdownIt(): typeof MarkdownIt {
  return require('markdown-it') as typeof MarkdownIt;
}

export function sanitizer(): typeof sanitizeHtml {
  return require('sanitize-html') as typeof sanitizeHtml;
}
