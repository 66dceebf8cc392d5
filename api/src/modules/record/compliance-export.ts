import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { exceljs } from '../../common/heavy-libraries';
import { EmployeeType } from '../organisation/organisation.enums';
import type { AtRiskRow } from './compliance.service';
import type { ComplianceFigures, OpdCompliance } from './compliance.types';

export interface ComplianceExport {
  report: OpdCompliance;
  atRisk: AtRiskRow[];
  /** When the export was made, as the reader reads it. */
  madeAt: string;
  madeBy: string;
}

const FIGURE_HEADS = ['jumlah', 'mencapai', '% mencapai', 'rata-rata JP', 'berisiko'];
const figureCells = (f: ComplianceFigures) => [f.employees, f.reached, f.percentage, f.averageJp, f.atRisk];

/** The heads of the at-risk sheet's columns, in the order of `atRiskCells`. */
export const AT_RISK_HEADS = [
  'No',
  'NIP',
  'Nama',
  'Jenis pegawai',
  'OPD',
  'Jabatan',
  'JP diakui',
  'JP menunggu',
  'Target/batas JP',
  'JP sesuai laju',
];

/**
 * One person at risk as the cells of their row on the at-risk sheet, numbered `no`: which value
 * stands in which column. The one place that says so, for the workbook and for the benchmark that
 * keeps the in-memory build as its baseline.
 */
export const atRiskCells = (r: AtRiskRow, no: number): (string | number)[] => [
  no,
  r.nip,
  r.name,
  r.type === EmployeeType.PPPK ? 'PPPK' : 'PNS',
  r.opd,
  r.position ?? '',
  r.counted,
  r.pending,
  r.goal,
  r.expected,
];

function styleHead(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B4F71' } };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/** Columns of a streamed sheet by width, some with a number format; set before its first row. */
const columns = (widths: number[], formats: Record<number, string>): Partial<ExcelJS.Column>[] =>
  widths.map((width, i) => ({ width, ...(formats[i + 1] && { style: { numFmt: formats[i + 1] } }) }));

/**
 * The compliance of a year as a workbook: per OPD (PNS against the target, PPPK apart) with the
 * total on the first sheet, everyone at risk on the second. Written through exceljs's streaming
 * writer: each row is turned into XML and let go when committed, so the memory it takes is about
 * that of the file, not of a cell object with its own style for every cell of every row. The zip's
 * bytes go to `out` as they are made (the response, by `streamFile`), so the file is not held whole
 * either. Text is written in its cells, not in a table of shared strings: that table is held until
 * the workbook ends (every name and position of the year), and without it four workbooks of 12,000
 * people at once took 58 MB at their peak instead of 86 (`tests/bench/compliance-workbook-memory.mjs`);
 * the file is about as large (5 % smaller or larger, by how often the same words recur).
 */
export async function complianceWorkbook(e: ComplianceExport, out: Writable): Promise<void> {
  const { report } = e;
  const book = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 9 } },
  });
  book.creator = 'Komunitas Pintar';
  const sheet = book.addWorksheet(`Kepatuhan JP ${report.year}`, { views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }] });
  sheet.columns = columns([48, ...Array<number>(10).fill(12)], { 4: '0.0', 5: '0.0', 9: '0.0', 10: '0.0' });
  sheet.addRow([`Kepatuhan JP ${report.year} per OPD`]).font = { bold: true, size: 14 };
  sheet.addRow([
    `Per ${report.asOf}; PNS: target ${report.targetJp} JP per tahun; PPPK: paling banyak ${report.pppkMaxJp} JP per tahun kontrak. Dibuat ${e.madeAt} oleh ${e.madeBy}.`,
  ]);
  sheet.addRow(['', 'PNS', '', '', '', '', 'PPPK']);
  sheet.mergeCells(3, 2, 3, 6);
  sheet.mergeCells(3, 7, 3, 11);
  const head = sheet.addRow(['OPD', ...FIGURE_HEADS.map((h) => `PNS ${h}`), ...FIGURE_HEADS.map((h) => `PPPK ${h}`)]);
  styleHead(sheet.getRow(3));
  styleHead(head);
  for (const row of report.opds) sheet.addRow([row.opd.name, ...figureCells(row.pns), ...figureCells(row.pppk)]).commit();
  const total = sheet.addRow(['Total', ...figureCells(report.total.pns), ...figureCells(report.total.pppk)]);
  total.font = { bold: true };
  sheet.commit();

  const risk = book.addWorksheet('Berisiko', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  risk.columns = columns([5, 21, 32, 12, 40, 32, 11, 11, 11, 11], { 2: '@', 7: '0.0', 8: '0.0', 9: '0.0', 10: '0.0' });
  risk.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 10 } };
  const riskHead = risk.addRow(AT_RISK_HEADS);
  styleHead(riskHead);
  riskHead.commit();
  e.atRisk.forEach((r, i) => risk.addRow(atRiskCells(r, i + 1)).commit());
  risk.commit();
  await book.commit();
}
