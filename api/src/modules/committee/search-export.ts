import type { TableFile } from '../../common/file-export';
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
  /** People in the file, and all that matched (the file holds at most the export limit). */
  count: number;
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

/** The cells of the `i`-th person (from 0) of a search's file. */
export function searchCells(e: SearchExport, row: TalentRow, i: number): (string | number)[] {
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

/**
 * The file of a search: the conditions and who exported them for what on the first sheet (the
 * comment lines of a CSV), the people found in the table, whose rows `searchCells` writes.
 */
export function searchFile(e: SearchExport): TableFile {
  const head = header(e);
  const count = e.count < e.total ? `${e.count} dari ${e.total} pegawai` : `${e.total} pegawai`;
  const years = e.years.to - e.years.from + 1;
  return {
    about: {
      sheet: 'Syarat',
      title: 'Pencarian talenta',
      widths: [24, 80],
      lines: [
        ['Tujuan', e.purpose],
        ['Dibuat', e.madeAt],
        ['Oleh', e.madeBy],
        ['Jumlah', count],
        [],
        { cells: ['Syarat'], bold: true },
        ...describeFilter(e),
      ],
    },
    csvHead: [
      `Pencarian talenta; Tujuan: ${e.purpose}; Dibuat ${e.madeAt} oleh ${e.madeBy}`,
      ...describeFilter(e).map(([k, v]) => `${k}: ${v}`),
    ],
    table: {
      sheet: 'Hasil',
      header: head,
      widths: head.map((h, i) => (i === 0 ? 5 : i === 1 ? 21 : i === 2 ? 32 : h.startsWith('JP ') ? 9 : 26)),
      frozenColumns: 3,
      textColumns: [2],
      decimalColumns: Array.from({ length: years }, (_, i) => head.length - years + 1 + i),
    },
  };
}
