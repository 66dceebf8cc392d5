/**
 * Input limits and pure validation rules shared by the API and the client forms.
 * This file must stay free of imports so the client bundle can include it as is.
 */

export const LIMITS = {
  usernameMax: 40,
  passwordMin: 10,
  passwordMax: 200,
  nameMax: 150,
  codeMax: 40,
  emailMax: 150,
  phoneMax: 30,
  searchMax: 100,
  pageMaxLimit: 100,
  pageDefaultLimit: 20,
  csvMaxBytes: 5 * 1024 * 1024,
  csvMaxRows: 20000,
  /** Shortest person name, after trimming. */
  personNameMin: 2,
} as const;

/** Account management: the reason an administrator gives, and the length of a generated password. */
export const ACCOUNT_LIMITS = { reasonMin: 5, reasonMax: 500, generatedPasswordLength: 12 } as const;

/** The reason an administrator gives for correcting the start of a position held. */
export const PLACEMENT_LIMITS = { reasonMin: 5, reasonMax: 500 } as const;

/**
 * The competency dictionary (a competency's description, its levels' texts and behavioural
 * indicators), position standards (summary and requirements), career-path notes, and the evidence
 * written on an assessment.
 */
export const COMPETENCY_LIMITS = {
  textMin: 3,
  descriptionMax: 2000,
  levelDescriptionMax: 1000,
  indicators: 10,
  indicatorMax: 500,
  standardSummaryMax: 2000,
  educationMax: 1000,
  experienceMax: 1000,
  rankMax: 200,
  trainingNameMax: 300,
  careerPathNoteMax: 1000,
  evidenceMax: 2000,
} as const;

/** Competency levels (Permenpan RB 38/2017): each competency has levels 1 to 5; 0 stands for no level held. */
export const COMPETENCY_LEVEL = { min: 1, max: 5 } as const;

/** Course modules: outline size, lesson text, and the JP a module may credit. */
export const MODULE_LIMITS = {
  sections: 30,
  lessonsPerSection: 50,
  bodyMax: 100_000,
  /** A module's summary. */
  summaryMax: 5000,
  /** The https link of a VIDEO or LINK lesson. */
  urlMax: 2000,
  jpMin: 0.5,
  jpMax: 200,
} as const;

/** Development plan items: the JP one item may plan. */
export const PLAN_LIMITS = { items: 40, jpMin: 0.5, jpMax: 500, commentMin: 3, commentMax: 2000 } as const;

/** Certificates: the reason an administrator gives for revoking one. */
export const CERTIFICATE_LIMITS = { revokeReasonMax: 1000 } as const;

/** Sizes a question of the question bank may have. */
export const QUESTION_LIMITS = {
  textMax: 20_000,
  optionTextMax: 2_000,
  feedbackMax: 5_000,
  titleMax: 255,
  options: { min: 2, max: 20 },
  answers: { max: 50 },
  pointsMax: 1_000,
} as const;

/** A trainer's grade of a response: the overall comment, a comment per rubric criterion, the reason a released grade changes. */
export const GRADING_LIMITS = { feedbackMax: 5_000, criterionFeedbackMax: 2_000, reasonMax: 1_000 } as const;

export const CODE_PATTERN = /^[A-Za-z0-9._-]+$/;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{6,30}$/;

/** Golongan of PNS (I/a … IV/e) and PPPK (I … XVII). */
export const PNS_RANKS = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
export const PPPK_RANKS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export function isValidRank(employeeType: 'PNS' | 'PPPK', rank: string): boolean {
  const ranks: readonly string[] = employeeType === 'PNS' ? PNS_RANKS : PPPK_RANKS;
  return ranks.includes(rank);
}

export type NipRule = 'NIP_FORMAT' | 'NIP_BIRTH_DATE' | 'NIP_APPOINTMENT' | 'NIP_GENDER' | 'NIP_SEQUENCE';

export interface NipParts {
  nip: string;
  birthDate: string; // YYYY-MM-DD
  appointment: string; // YYYY-MM (TMT CPNS)
  gender: 'MALE' | 'FEMALE';
  sequence: number;
}

export type NipResult = { ok: true; parts: NipParts } | { ok: false; rule: NipRule; message: string };

/** Minimum age at appointment (TMT CPNS). */
const MIN_AGE_AT_APPOINTMENT = 18;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Removes the spaces people type when they copy a NIP from a printed card. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/**
 * Validates a NIP: 18 digits = birth date YYYYMMDD + appointment YYYYMM + gender (1/2) + sequence.
 * `today` is injectable so the rule is testable.
 */
export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return { ok: false, rule: 'NIP_FORMAT', message: 'NIP must be exactly 18 digits' };
  }
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  const g = nip[14];
  const seq = Number(nip.slice(15, 18));
  const thisYear = today.getUTCFullYear();
  const birth = Date.UTC(by, bm - 1, bd);
  if (by < 1900 || !isCalendarDate(by, bm, bd) || birth > today.getTime()) {
    return { ok: false, rule: 'NIP_BIRTH_DATE', message: 'NIP digits 1–8 must be a valid birth date (YYYYMMDD)' };
  }
  if (am < 1 || am > 12 || ay > thisYear || (ay === thisYear && am > today.getUTCMonth() + 1)) {
    return { ok: false, rule: 'NIP_APPOINTMENT', message: 'NIP digits 9–14 must be a valid appointment month (YYYYMM) not in the future' };
  }
  const ageMonths = (ay - by) * 12 + (am - bm);
  if (ageMonths < MIN_AGE_AT_APPOINTMENT * 12) {
    return {
      ok: false,
      rule: 'NIP_APPOINTMENT',
      message: `NIP appointment month must be at least ${MIN_AGE_AT_APPOINTMENT} years after the birth date`,
    };
  }
  if (g !== '1' && g !== '2') {
    return { ok: false, rule: 'NIP_GENDER', message: 'NIP digit 15 must be 1 (male) or 2 (female)' };
  }
  if (seq === 0) {
    return { ok: false, rule: 'NIP_SEQUENCE', message: 'NIP digits 16–18 must be a sequence from 001 to 999' };
  }
  return {
    ok: true,
    parts: {
      nip,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      gender: g === '1' ? 'MALE' : 'FEMALE',
      sequence: seq,
    },
  };
}

/** Career committee: search conditions, the stated purpose of a read, pools and exports. */
export const COMMITTEE_LIMITS = {
  purposeMin: 5,
  purposeMax: 300,
  competencyConditions: 10,
  /** Most months back an evidence condition may reach. */
  evidenceMonthsMax: 120,
  /** Most years a JP condition may span. */
  jpYearsMax: 10,
  poolDefault: 20,
  poolMax: 100,
  savedSearchesPerUser: 50,
  savedSearchNameMax: 100,
  /** Most rows one export writes. */
  exportRowsMax: 20000,
} as const;

/** Learning claims: text lengths, span, hours, sessions and evidence files of one claim. */
export const CLAIM_LIMITS = {
  titleMax: 200,
  reasonMax: 1000,
  spanDaysMax: 366,
  hoursMin: 0.25,
  hoursMax: 2000,
  monthsMax: 13,
  sessionsPerMonthMax: 31,
  evidenceMax: 10,
  approvedJpMax: 500,
} as const;

/** Smart community groups: size, money, texts and attendance check-in. */
export const COMMUNITY_LIMITS = {
  capacityMin: 2,
  capacityMax: 200,
  plannedSessionsMax: 200,
  competencies: 10,
  openOpds: 60,
  /** Course modules a group may name as its material. */
  materials: 10,
  costMax: 1_000_000_000,
  purposeMax: 2000,
  reasonMin: 5,
  reasonMax: 1000,
  budgetReferenceMax: 200,
  /** Digits of a check-in code. */
  codeDigits: 6,
  /** Seconds a check-in code is shown before the next one. */
  codeSeconds: 60,
} as const;
