import { parseNip } from '@komunitas-pintar/domain';
import { EmployeeType, OpdKind } from '../../modules/organisation/organisation.enums';
import { Random } from './random';

export interface Names {
  male: string[];
  female: string[];
  familyMale: string[];
  familyFemale: string[];
  titles: string[];
}

export interface OpdRow {
  code: string;
  kind: OpdKind;
}

export interface PersonRow {
  nip: string;
  name: string;
  employeeType: EmployeeType;
  opdCode: string;
  positionCode: string;
  rank: string;
  email: string;
  phone: string;
}

const HEAD_BY_KIND: Record<OpdKind, string> = {
  SEKRETARIAT: 'KADIS',
  INSPEKTORAT: 'INSPEKTUR',
  DINAS: 'KADIS',
  BADAN: 'KABADAN',
  SATUAN: 'KADIS',
  RSUD: 'DIRUT-RSUD',
  KECAMATAN: 'CAMAT',
  LAINNYA: 'KADIS',
};

/** Functional positions typical of an OPD, beside the ones every OPD has. */
const FUNCTIONAL_BY_OPD: Record<string, string[]> = {
  DINKES: ['DOKTER-AP', 'PERAWAT-TRP', 'BIDAN-TRP'],
  'RSUD-NOTOPURO': ['DOKTER-AP', 'PERAWAT-TRP', 'BIDAN-TRP'],
  'RSUD-BARAT': ['DOKTER-AP', 'PERAWAT-TRP', 'BIDAN-TRP'],
  DISDIKBUD: ['GURU-AP'],
  DISPENDUKCAPIL: ['ADMINKEP-TRP'],
  DISKOMINFO: ['PRANKOM-AP', 'PRAHUM-TRP'],
  BKD: ['ASDMA-AP', 'ASDMA-AM'],
  BPKAD: ['AKPD-AM'],
  BAPPEDA: ['PERENCANA-AM'],
  INSPEKTORAT: ['AUDITOR-AP'],
  DKPP: ['PENYULUH-TAN-AP'],
  DINSOS: ['PEKSOS-AP'],
  DISPERSIP: ['ARSIPARIS-TRP', 'PUSTAKAWAN-AP'],
  SETDA: ['PPBJ-AP', 'ANJAK-AM'],
};
const COMMON_FUNCTIONAL = ['ASDMA-AP', 'ARSIPARIS-TRP', 'PERENCANA-AM', 'AKPD-AM'];
const PELAKSANA = ['PENGADM-KANTOR', 'PENATA-LAYOP', 'PENGOLAH-DATA', 'OPERATOR-LAYOP'];
const PNS_RANK_BY_TYPE: Record<string, string[]> = {
  head: ['IV/b', 'IV/c'],
  administrator: ['IV/a', 'IV/b'],
  pengawas: ['III/c', 'III/d', 'IV/a'],
  fungsional: ['III/a', 'III/b', 'III/c', 'III/d'],
  pelaksana: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b'],
};

function positionFor(rnd: Random, opd: OpdRow, isHead: boolean): { code: string; level: keyof typeof PNS_RANK_BY_TYPE } {
  if (isHead) return { code: HEAD_BY_KIND[opd.kind], level: 'head' };
  const level = rnd.weighted({ administrator: 5, pengawas: 15, fungsional: 40, pelaksana: 40 });
  const kecamatan = opd.kind === OpdKind.KECAMATAN;
  switch (level) {
    case 'administrator':
      return { code: kecamatan ? 'SEKCAM' : rnd.pick(['SEKRETARIS', 'KABID']), level };
    case 'pengawas':
      return { code: kecamatan ? rnd.pick(['KASI', 'LURAH']) : rnd.pick(['KASUBBAG', 'KASI']), level };
    case 'fungsional': {
      const own = FUNCTIONAL_BY_OPD[opd.code];
      return { code: own && rnd.chance(0.7) ? rnd.pick(own) : rnd.pick(COMMON_FUNCTIONAL), level };
    }
    default:
      return { code: rnd.pick(PELAKSANA), level };
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Generates `count` employees deterministically from `seed`, spread over `opds`.
 * The first employee of each OPD heads it. NIPs are valid and unique within one call.
 */
export function generatePeople(count: number, seed: number, opds: OpdRow[], names: Names): PersonRow[] {
  const rnd = new Random(seed);
  const nips = new Set<string>();
  const people: PersonRow[] = [];
  for (let i = 0; i < count; i++) {
    const opd = opds[i % opds.length];
    const isHead = i < opds.length;
    const female = rnd.chance(0.5);
    const first = rnd.pick(female ? names.female : names.male);
    const family = rnd.pick(female ? names.familyFemale : names.familyMale);
    const position = positionFor(rnd, opd, isHead);
    const pppk = !isHead && rnd.chance(0.15);
    const birthYear = isHead ? rnd.int(1968, 1978) : rnd.int(1966, 2001);
    const appointYear = Math.min(2025, birthYear + rnd.int(22, 32));
    let nip: string;
    do {
      nip =
        `${birthYear}${pad(rnd.int(1, 12), 2)}${pad(rnd.int(1, 28), 2)}` +
        `${appointYear}${pad(rnd.int(1, 12), 2)}${female ? 2 : 1}${pad(rnd.int(1, 999), 3)}`;
    } while (nips.has(nip) || !parseNip(nip).ok);
    nips.add(nip);
    const title = position.level === 'pelaksana' && rnd.chance(0.5) ? '' : `, ${rnd.pick(names.titles)}`;
    const handle = `${first}.${family}`.toLowerCase().replace(/[^a-z.]/g, '');
    people.push({
      nip,
      name: `${first} ${family}${title}`,
      employeeType: pppk ? EmployeeType.PPPK : EmployeeType.PNS,
      opdCode: opd.code,
      positionCode: position.code,
      rank: pppk ? rnd.pick(['VII', 'IX', 'X']) : rnd.pick(PNS_RANK_BY_TYPE[position.level]),
      email: `${handle}${nip.slice(-3)}@sidoarjokab.go.id`,
      phone: `08${rnd.int(11, 59)}${pad(rnd.int(0, 99_999_999), 8)}`,
    });
  }
  return people;
}

/** One placement of a generated career: a position in an OPD from one day until the next began (null: held now). */
export interface CareerStep {
  opdCode: string;
  positionCode: string;
  fromDate: string;
  toDate: string | null;
}

type Level = keyof typeof PNS_RANK_BY_TYPE;
const ADMINISTRATOR = ['SEKRETARIS', 'KABID', 'SEKCAM'];
const PENGAWAS = ['KASUBBAG', 'KASI', 'LURAH'];
/** The level a position belongs to, and the positions a career passes through before reaching it. */
function levelOf(code: string): Level {
  if (Object.values(HEAD_BY_KIND).includes(code)) return 'head';
  if (ADMINISTRATOR.includes(code)) return 'administrator';
  if (PENGAWAS.includes(code)) return 'pengawas';
  if (PELAKSANA.includes(code)) return 'pelaksana';
  return 'fungsional';
}
const EARLIER: Record<Level, string[]> = {
  head: ['SEKRETARIS', 'KABID'],
  administrator: ['KASUBBAG', 'KASI'],
  pengawas: [...PELAKSANA, ...COMMON_FUNCTIONAL],
  fungsional: PELAKSANA,
  pelaksana: PELAKSANA,
};
const LOWER: Record<Level, Level> = {
  head: 'administrator',
  administrator: 'pengawas',
  pengawas: 'pelaksana',
  fungsional: 'pelaksana',
  pelaksana: 'pelaksana',
};

/** The first day of the month `months` after the month of `date` (YYYY-MM-DD). */
function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

function monthsBetween(from: string, to: string): number {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1);
}

/**
 * A person's placements from appointment (TMT CPNS, read from the NIP) until today, oldest first,
 * ending with the current one: the current position taken some months or years ago and, before
 * it, up to three earlier ones a level lower, some in another OPD. Deterministic for a seed.
 */
export function generateCareer(person: PersonRow, opdCodes: string[], today: string, rnd: Random): CareerStep[] {
  const appointed = `${person.nip.slice(8, 12)}-${person.nip.slice(12, 14)}-01`;
  const latest = addMonths(today, -2);
  if (appointed >= latest) return [{ opdCode: person.opdCode, positionCode: person.positionCode, fromDate: appointed, toDate: null }];
  const span = monthsBetween(appointed, latest);
  // The current position: taken within the last ten years, at least a year after appointment when there is room.
  const earliest = Math.min(span, 12);
  const start = addMonths(appointed, rnd.int(Math.max(earliest, span - 120), span));
  const steps: CareerStep[] = [{ opdCode: person.opdCode, positionCode: person.positionCode, fromDate: start, toDate: null }];
  // Earlier placements share the years from appointment to the current start, each at least a year.
  const before = monthsBetween(appointed, start);
  let count = Math.min(Math.floor(before / 12), rnd.int(0, 3));
  let level = levelOf(person.positionCode);
  let end = start;
  while (count > 0) {
    const length =
      count === 1 ? monthsBetween(appointed, end) : rnd.int(12, Math.max(12, monthsBetween(appointed, end) - 12 * (count - 1)));
    const from = count === 1 ? appointed : addMonths(end, -length);
    const positionCode = rnd.pick(EARLIER[level]);
    let opdCode = rnd.chance(0.6) ? person.opdCode : rnd.pick(opdCodes);
    // Each step changes something: the same position is held elsewhere before.
    if (positionCode === steps[0].positionCode) opdCode = rnd.pick(opdCodes.filter((c) => c !== steps[0].opdCode));
    steps.unshift({ opdCode, positionCode, fromDate: from, toDate: end });
    level = LOWER[level];
    end = from;
    count--;
  }
  return steps;
}
