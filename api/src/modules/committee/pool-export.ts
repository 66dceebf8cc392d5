import type { TableFile } from '../../common/file-export';
import type { PositionCompetency } from '../competency/position-competency.entity';
import type { TalentPool } from './committee.types';
import { POOL_FRESH_MONTHS, POOL_JP_YEARS, POOL_WEIGHTS } from './talent-query';

export interface PoolExport {
  pool: TalentPool;
  standard: PositionCompetency[];
  purpose: string;
  madeAt: string;
  madeBy: string;
  limit: number;
}

const PERFORMANCE = { BELOW: 'di bawah ekspektasi', MEETS: 'sesuai ekspektasi', ABOVE: 'di atas ekspektasi' } as const;
const POTENTIAL = { LOW: 'rendah', MEDIUM: 'menengah', HIGH: 'tinggi' } as const;

/** What the pool was drawn up for and how it ranks, one line each. */
export function describePool(e: PoolExport): [string, string][] {
  const p = e.pool.position;
  return [
    ['Jabatan', `${p.name} (${p.code})`],
    ['Kandidat', `${e.pool.candidates.length} teratas dari ${e.pool.considered} pegawai aktif (di luar pemegang jabatan)`],
    [
      'Bobot',
      `kesesuaian standar ${POOL_WEIGHTS.fit}, target JP ${POOL_JP_YEARS} tahun terakhir ${POOL_WEIGHTS.jp}, bukti ≤ ${POOL_FRESH_MONTHS} bulan ${POOL_WEIGHTS.fresh}`,
    ],
    ['Standar', e.standard.map((s) => `${s.competency.getEntity().code} ≥ ${s.requiredLevel}`).join(', ')],
  ];
}

function competencyCodes(e: PoolExport): string[] {
  return e.standard.map((s) => s.competency.getEntity().code).sort((a, b) => a.localeCompare(b));
}

function header(e: PoolExport): string[] {
  const years = e.pool.candidates[0]?.jpByYear.map((y) => `JP ${y.year}`) ?? [];
  return [
    'Peringkat',
    'NIP',
    'Nama',
    'Golongan',
    'OPD',
    'Jabatan',
    'Skor',
    'Kesesuaian %',
    'Kompetensi memenuhi',
    'Tahun target JP',
    'Bukti baru',
    'Kotak (nine-box)',
    'Kinerja',
    'Potensial',
    ...competencyCodes(e).map((c) => `${c} (level/standar)`),
    ...years,
  ];
}

function cells(e: PoolExport, c: TalentPool['candidates'][number]): (string | number)[] {
  const reason = (code: string) => c.reasons.find((r) => r.code === code);
  const levels = new Map(c.competencies.map((l) => [l.competency.code, `${l.currentLevel ?? 0}/${l.requiredLevel}`]));
  return [
    c.rank,
    c.employee.nip,
    c.employee.name,
    c.employee.rank ?? '',
    c.employee.opd.getEntity().name,
    c.employee.position?.getEntity().name ?? '',
    c.score,
    c.fitPercent,
    `${reason('MET')?.value ?? 0}/${reason('MET')?.of ?? 0}`,
    `${reason('JP_COMPLIANT')?.value ?? 0}/${reason('JP_COMPLIANT')?.of ?? 0}`,
    `${reason('FRESH_EVIDENCE')?.value ?? 0}/${reason('FRESH_EVIDENCE')?.of ?? 0}`,
    c.rating?.box ?? '',
    c.rating ? `${PERFORMANCE[c.rating.performance]} (${c.rating.year})` : '',
    c.rating ? POTENTIAL[c.rating.potential] : '',
    ...competencyCodes(e).map((code) => levels.get(code) ?? ''),
    ...c.jpByYear.map((y) => y.jp),
  ];
}

/** The purpose, position and weights on the first sheet (the comment lines of a CSV), the ranked candidates in the table. */
export function poolFile(e: PoolExport): TableFile {
  const head = header(e);
  return {
    about: {
      sheet: 'Syarat',
      title: 'Kumpulan talenta',
      widths: [24, 90],
      lines: [['Tujuan', e.purpose], ['Dibuat', e.madeAt], ['Oleh', e.madeBy], [], ...describePool(e)],
    },
    csvHead: [
      `Kumpulan talenta; Tujuan: ${e.purpose}; Dibuat ${e.madeAt} oleh ${e.madeBy}`,
      ...describePool(e).map(([k, v]) => `${k}: ${v}`),
    ],
    table: {
      sheet: 'Kandidat',
      header: head,
      widths: head.map((_h, i) => (i === 0 ? 10 : i === 1 ? 21 : i === 2 ? 32 : i === 4 || i === 5 ? 28 : 14)),
      frozenColumns: 3,
      textColumns: [2],
      decimalColumns: [7],
    },
  };
}

/** The candidates' rows, as one page. */
export async function* poolRows(e: PoolExport): AsyncGenerator<(string | number)[][]> {
  yield e.pool.candidates.map((c) => cells(e, c));
}
