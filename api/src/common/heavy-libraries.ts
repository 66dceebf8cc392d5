/* eslint-disable @typescript-eslint/no-require-imports -- each library is loaded on first use, not with the app */
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';
import type QRCode from 'qrcode';

/**
 * Libraries that only a file export, a PDF or a QR code needs, loaded on first use and then kept by
 * Node's module cache: loaded with the app they would add about 0.4 s to every start of the server
 * and of every API test file (exceljs alone about 0.3 s), though most never build such a file.
 * Import their types with `import type`; call these for the values.
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
