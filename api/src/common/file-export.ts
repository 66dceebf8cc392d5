import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** The formats tables are exported in, with their media type and file extension. */
export const EXPORT_FORMATS = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}

/** A workbook signed as made by the application. */
export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Komunitas Pintar';
  return book;
}

/** A table's heading row: bold white on the application's blue, wrapped. */
export function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B4F71' } };
  row.alignment = { vertical: 'middle', wrapText: true };
}

export async function workbookBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** How a CSV separates cells and writes decimals. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}
/** As spreadsheets set to Indonesian read it: semicolons, decimal commas. */
export const CSV_INDONESIAN: CsvDialect = { separator: ';', decimal: ',' };
/** As most upload forms read it: commas, decimal points. */
export const CSV_PLAIN: CsvDialect = { separator: ',', decimal: '.' };

/**
 * One CSV cell. Text a spreadsheet would read as a formula is prefixed with `'`, so it stays text;
 * a cell holding the separator, a quote or a line break is quoted.
 */
export function csvCell(value: string | number, dialect: CsvDialect = CSV_INDONESIAN): string {
  const text = typeof value === 'number' ? String(value).replace('.', dialect.decimal) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(dialect.separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of cells. */
export function csvLine(values: readonly (string | number)[], dialect: CsvDialect = CSV_INDONESIAN): string {
  return values.map((v) => csvCell(v, dialect)).join(dialect.separator);
}

/** The text of a CSV file: UTF-8 with a byte order mark (so spreadsheets read it as such), CRLF line ends. */
export function csvText(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Sends a finished file with its length (so the browser shows progress), a download name and its row count. */
export function sendFile(res: Response, body: Buffer, file: { type: string; name: string; rows?: number }): void {
  res.set({
    'Content-Type': file.type,
    'Content-Length': String(body.length),
    'Content-Disposition': `attachment; filename="${file.name}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(file.rows === undefined ? {} : { 'X-Total-Rows': String(file.rows) }),
  });
  res.end(body);
}
