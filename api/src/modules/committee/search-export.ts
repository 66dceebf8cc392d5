import { csvLine, csvText, newWorkbook, styleHeaderRow, workbookBuffer } from '../../common/file-export';
import type { Competency } from '../competency/competency.entity';
import type { TalentFilter } from './committee.inputs';
import type { TalentRow } from './committee.types';

export interface SearchExport {
  purpose: string;
  /** When the export was made, as the reader reads it (e.g. 5 Des 2026 12.40). */
  madeAt: string;
  madeBy: string;
  filter: TalentFilter;
  competencies: Competency[];
  opdNames: Map<string, string>;
  years: { from: number; to: number };
  rows: TalentRow[];
  total: number;
}

export const METHOD = {
  ASSESSMENT_CENTER: 'Assessment center',
  CERTIFICATE: 'Sertifikat',
  TRAINER: 'Penilaian pelatih',
  SUPERVISOR: 'Penilaian atasan',
  TRAINING: 'Pelatihan diselesaikan',
  SELF: 'Penilaian diri',
} as const;

/** The conditions in words, one line each, for the first sheet and the top of a CSV. */
export function describeFilter(e: SearchExport): [string, string][] {
  const f = e.filter;
  const code = new Map(e.competencies.map((c) => [c.id, `${c.code} ${c.name}`]));
  const lines: [string, string][] = [];
  if (f.search) lines.push(['Nama/NIP', f.search]);
  for (const c of f.competencies ?? []) lines.push(['Kompetensi', `${code.get(c.competencyId) ?? c.competencyId} level ≥ ${c.minLevel}`]);
  if (f.evidenceWithinMonths) lines.push(['Bukti paling lama', `${f.evidenceWithinMonths} bulan`]);
  if (f.evidenceMethods?.length) lines.push(['Metode bukti', f.evidenceMethods.map((m) => METHOD[m]).join(', ')]);
  if (f.jp) lines.push(['JP per tahun', `${f.jp.minJp ?? 'target tahunan'} JP setiap tahun ${f.jp.fromYear}–${f.jp.toYear}`]);
  if (f.opdIds?.length) lines.push(['OPD', f.opdIds.map((id) => e.opdNames.get(id) ?? id).join(', ')]);
  if (f.positionTypes?.length) lines.push(['Jenis jabatan', f.positionTypes.join(', ')]);
  if (f.ranks?.length) lines.push(['Golongan', f.ranks.join(', ')]);
  if (f.employeeTypes?.length) lines.push(['Jenis pegawai', f.employeeTypes.join(', ')]);
  if (f.minCertificates) lines.push(['Sertifikat terdaftar', `paling sedikit ${f.minCertificates}`]);
  if (f.certificateTitle) lines.push(['Judul sertifikat memuat', f.certificateTitle]);
  if (f.minGroupsCompleted) lines.push(['Kelompok pintar selesai', `paling sedikit ${f.minGroupsCompleted}`]);
  if (f.minYearsInPosition) lines.push(['Lama di jabatan sekarang', `paling sedikit ${f.minYearsInPosition} tahun`]);
  if (!lines.length) lines.push(['Syarat', 'Tanpa syarat: semua pegawai aktif']);
  return lines;
}

function header(e: SearchExport): string[] {
  const years = [];
  for (let y = e.years.from; y <= e.years.to; y++) years.push(`JP ${y}`);
  return [
    'No',
    'NIP',
    'Nama',
    'Jenis pegawai',
    'Golongan',
    'OPD',
    'Jabatan',
    'Di jabatan sejak',
    'Sertifikat',
    'Kelompok selesai',
    ...e.competencies.map((c) => `${c.code} (level · metode · tanggal)`),
    ...years,
  ];
}

function cells(e: SearchExport, row: TalentRow, i: number): (string | number)[] {
  const employee = row.employee;
  return [
    i + 1,
    employee.nip,
    employee.name,
    employee.employeeType,
    employee.rank ?? '',
    employee.opd.getEntity().name,
    employee.position?.getEntity().name ?? '',
    employee.positionSince ?? '',
    row.matchingCertificates.length ? `${row.certificates} (${row.matchingCertificates.join(', ')})` : row.certificates,
    row.groupsCompleted,
    ...e.competencies.map((c) => {
      const fact = row.competencies.find((m) => m.competency.id === c.id);
      return fact ? `${fact.level} · ${METHOD[fact.method]} · ${fact.assessedOn}` : '';
    }),
    ...row.jpByYear.map((y) => y.jp),
  ];
}

/** A workbook: the conditions and who exported them on the first sheet, the people on the second. */
export async function searchWorkbook(e: SearchExport): Promise<Buffer> {
  const book = newWorkbook();
  const about = book.addWorksheet('Syarat');
  about.columns = [{ width: 24 }, { width: 80 }];
  about.addRow(['Pencarian talenta']).font = { bold: true, size: 14 };
  about.addRow(['Tujuan', e.purpose]);
  about.addRow(['Dibuat', e.madeAt]);
  about.addRow(['Oleh', e.madeBy]);
  about.addRow(['Jumlah', e.rows.length < e.total ? `${e.rows.length} dari ${e.total} pegawai` : `${e.total} pegawai`]);
  about.addRow([]);
  about.addRow(['Syarat']).font = { bold: true };
  for (const line of describeFilter(e)) about.addRow(line);
  about.getColumn(1).font = { bold: true };

  const sheet = book.addWorksheet('Hasil', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  const head = header(e);
  styleHeaderRow(sheet.addRow(head));
  e.rows.forEach((row, i) => sheet.addRow(cells(e, row, i)));
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 5 : i === 1 ? 21 : i === 2 ? 32 : head[i].startsWith('JP ') ? 9 : 26;
  });
  sheet.getColumn(2).numFmt = '@';
  for (let i = head.length - (e.years.to - e.years.from); i <= head.length; i++) sheet.getColumn(i).numFmt = '0.0';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  return workbookBuffer(book);
}

/** CSV (semicolon separated, as spreadsheets set to Indonesian read it), conditions first as comment lines. */
export function searchCsv(e: SearchExport): string {
  const lines = [
    `# Pencarian talenta; Tujuan: ${e.purpose}; Dibuat ${e.madeAt} oleh ${e.madeBy}`,
    ...describeFilter(e).map(([k, v]) => `# ${k}: ${v}`),
    csvLine(header(e)),
    ...e.rows.map((row, i) => csvLine(cells(e, row, i))),
  ];
  return csvText(lines);
}
