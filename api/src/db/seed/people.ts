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
