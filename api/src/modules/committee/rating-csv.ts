import { parse } from 'csv-parse/sync';
import { LIMITS } from '@komunitas-pintar/domain';
import { PerformanceRating, PotentialRating } from './nine-box';

export interface RatingRow {
  line: number;
  nip: string;
  year: number;
  performance: PerformanceRating;
  potential: PotentialRating;
}

export interface RatingCsvError {
  line: number;
  field: string;
  rule: string;
  message: string;
}

/** Words and numbers the file may use for each rating, as BKD staff write them. */
const PERFORMANCE: Record<string, PerformanceRating> = {
  '1': PerformanceRating.BELOW,
  below: PerformanceRating.BELOW,
  'di bawah ekspektasi': PerformanceRating.BELOW,
  dibawah: PerformanceRating.BELOW,
  'di bawah': PerformanceRating.BELOW,
  '2': PerformanceRating.MEETS,
  meets: PerformanceRating.MEETS,
  'sesuai ekspektasi': PerformanceRating.MEETS,
  sesuai: PerformanceRating.MEETS,
  '3': PerformanceRating.ABOVE,
  above: PerformanceRating.ABOVE,
  'di atas ekspektasi': PerformanceRating.ABOVE,
  diatas: PerformanceRating.ABOVE,
  'di atas': PerformanceRating.ABOVE,
};
const POTENTIAL: Record<string, PotentialRating> = {
  '1': PotentialRating.LOW,
  low: PotentialRating.LOW,
  rendah: PotentialRating.LOW,
  '2': PotentialRating.MEDIUM,
  medium: PotentialRating.MEDIUM,
  menengah: PotentialRating.MEDIUM,
  sedang: PotentialRating.MEDIUM,
  '3': PotentialRating.HIGH,
  high: PotentialRating.HIGH,
  tinggi: PotentialRating.HIGH,
};
const COLUMNS = { nip: ['nip'], year: ['tahun', 'year'], performance: ['kinerja', 'performance'], potential: ['potensial', 'potential'] };

/** Reads a ratings file (comma or semicolon separated, header row first); rows with errors are left out. */
export function parseRatingsCsv(text: string): { rows: RatingRow[]; errors: RatingCsvError[] } {
  const errors: RatingCsvError[] = [];
  let records: string[][];
  try {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
    records = parse(text.replace(/^\uFEFF/, ''), { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return { rows: [], errors: [{ line: 1, field: 'csv', rule: 'CSV_FORMAT', message: (error as Error).message }] };
  }
  if (!records.length) return { rows: [], errors: [{ line: 1, field: 'csv', rule: 'EMPTY', message: 'The file has no rows' }] };
  const header = records[0].map((h) => h.toLowerCase());
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))]),
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = Object.entries(index)
    .filter(([, i]) => i < 0)
    .map(([key]) => COLUMNS[key as keyof typeof COLUMNS][0]);
  if (missing.length)
    return {
      rows: [],
      errors: missing.map((m) => ({ line: 1, field: m, rule: 'MISSING_COLUMN', message: `The header has no column ${m}` })),
    };
  if (records.length - 1 > LIMITS.csvMaxRows)
    return { rows: [], errors: [{ line: 1, field: 'csv', rule: 'TOO_MANY_ROWS', message: `At most ${LIMITS.csvMaxRows} rows` }] };
  const rows: RatingRow[] = [];
  records.slice(1).forEach((record, i) => {
    const line = i + 2;
    const nip = (record[index.nip] ?? '').replace(/\s/g, '');
    const year = Number(record[index.year]);
    const performance = PERFORMANCE[(record[index.performance] ?? '').toLowerCase()];
    const potential = POTENTIAL[(record[index.potential] ?? '').toLowerCase()];
    const before = errors.length;
    if (!/^\d{18}$/.test(nip)) errors.push({ line, field: 'nip', rule: 'NIP_FORMAT', message: 'A NIP has 18 digits' });
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      errors.push({ line, field: 'tahun', rule: 'YEAR', message: 'Write the year as 4 digits' });
    if (!performance)
      errors.push({ line, field: 'kinerja', rule: 'RATING', message: 'Kinerja is 1–3 or di bawah / sesuai / di atas ekspektasi' });
    if (!potential) errors.push({ line, field: 'potensial', rule: 'RATING', message: 'Potensial is 1–3 or rendah / menengah / tinggi' });
    if (errors.length === before) rows.push({ line, nip, year, performance, potential });
  });
  return { rows, errors };
}
