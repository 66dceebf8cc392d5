import { constants as zlibConstants } from 'node:zlib';
import type ExcelJS from 'exceljs';
import type { Response } from 'express';
import { type FileSink, sinkStream } from './file-stream';
import { exceljs } from './heavy-libraries';

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
  const book = new (exceljs().Workbook)();
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

/** A line of a file's first sheet; `bold` for headings, `text` keeps digits (a NIP) as text. */
export type AboutLine = readonly (string | number)[] | { cells: readonly (string | number)[]; bold?: boolean; text?: boolean };

/**
 * A table exported as XLSX or CSV: a first sheet saying what it holds, for whom and why, and the
 * table itself, whose rows come page by page. In a CSV the first sheet is the comment lines.
 */
export interface TableFile {
  about: {
    sheet: string;
    title: string;
    /** Column widths of the first sheet; its first column is bold. */
    widths: number[];
    lines: AboutLine[];
  };
  /** The lines that open a CSV, written after `# `. */
  csvHead: string[];
  table: {
    sheet: string;
    header: string[];
    widths: number[];
    /** Columns (from the left) that stay in view when scrolling sideways. */
    frozenColumns?: number;
    /** 1-based columns shown as text (a NIP) and with one decimal (JP). */
    textColumns?: number[];
    decimalColumns?: number[];
  };
}

/** Rows handed to the writer between two reports of progress. */
const ROWS_PER_STEP = 100;

/**
 * Writes a table file to `sink` while its rows arrive, never holding more than a page: an XLSX
 * through exceljs's streaming writer (inline strings, each row committed as written), a CSV line by
 * line. After each step of rows it reports how many are written and waits for the receiver.
 * Returns the number of rows written; stops early when the receiver has gone.
 */
export async function writeTable(
  format: ExportFormat,
  sink: FileSink,
  file: TableFile,
  pages: AsyncIterable<(string | number)[][]>,
): Promise<number> {
  return format === 'xlsx' ? writeWorkbook(sink, file, pages) : writeCsv(sink, file, pages);
}

async function* steps(pages: AsyncIterable<(string | number)[][]>, sink: FileSink): AsyncGenerator<(string | number)[][]> {
  for await (const page of pages) {
    for (let i = 0; i < page.length; i += ROWS_PER_STEP) {
      if (sink.gone) return;
      yield page.slice(i, i + ROWS_PER_STEP);
    }
  }
}

async function writeCsv(sink: FileSink, file: TableFile, pages: AsyncIterable<(string | number)[][]>): Promise<number> {
  const encode = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  await sink.write(encode([`\uFEFF# ${file.csvHead[0] ?? ''}`, ...file.csvHead.slice(1).map((l) => `# ${l}`), csvLine(file.table.header)]));
  let rows = 0;
  for await (const step of steps(pages, sink)) {
    await sink.write(encode(step.map((cells) => csvLine(cells))));
    rows += step.length;
    await sink.progress(rows);
  }
  return rows;
}

/**
 * Passes the rows a streamed sheet has written on to the zip now. The sheet's stream (exceljs's
 * `StreamBuf`, version 4) holds them until 64 KB have gathered; `uncork` passes on what it holds.
 */
function passOn(sheet: ExcelJS.Worksheet): void {
  (sheet as unknown as { stream?: { uncork?: () => void } }).stream?.uncork?.();
}

async function writeWorkbook(sink: FileSink, file: TableFile, pages: AsyncIterable<(string | number)[][]>): Promise<number> {
  // Each write into the zip is compressed and passed on at once (a sync flush), not held for a block.
  const book = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: sinkStream(sink),
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { flush: zlibConstants.Z_SYNC_FLUSH } },
  });
  book.creator = 'Komunitas Pintar';

  const about = book.addWorksheet(file.about.sheet);
  about.columns = file.about.widths.map((width, i) => ({ width, ...(i === 0 && { style: { font: { bold: true } } }) }));
  about.addRow([file.about.title]).font = { bold: true, size: 14 };
  for (const line of file.about.lines) {
    const { cells, bold, text } = Array.isArray(line)
      ? { cells: line, bold: false, text: false }
      : (line as Exclude<AboutLine, readonly unknown[]>);
    const row = about.addRow([...cells]);
    if (bold) row.font = { bold: true };
    if (text) row.eachCell((cell) => (cell.numFmt = '@'));
  }
  about.commit();

  const t = file.table;
  const sheet = book.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: t.frozenColumns ?? 0 }] });
  sheet.columns = t.widths.map((width, i) => {
    const column = i + 1;
    const numFmt = t.textColumns?.includes(column) ? '@' : t.decimalColumns?.includes(column) ? '0.0' : undefined;
    return { width, ...(numFmt && { style: { numFmt } }) };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.header.length } };
  const head = sheet.addRow(t.header);
  styleHeaderRow(head);
  head.commit();
  let rows = 0;
  for await (const step of steps(pages, sink)) {
    for (const cells of step) sheet.addRow(cells).commit();
    rows += step.length;
    passOn(sheet);
    // A turn of the event loop lets the rows just written flow through the zip to the receiver.
    await new Promise((resolve) => setImmediate(resolve));
    await sink.progress(rows);
  }
  sheet.commit();
  await book.commit();
  return rows;
}
