import forms from '../../../seeds/reference/learning-forms.json';
import { type Activity, type AlreadyCredited, type CreditRule, creditJp, fitsModules, roundJp } from '../../../api/src/modules/record/jp-credit';
import { CreditMode } from '../../../api/src/modules/record/record.enums';

const SETTINGS = { minutesPerJp: 45, internationalBonusPercent: 20 };
const NONE: AlreadyCredited = { jpOnDay: 0, sessionsInMonth: 0 };
const act = (a: Partial<Activity>): Activity => ({ minutes: 0, days: 1, sessions: 1, international: false, ...a });

// The SIASN forms as seeded (DOMAIN.md)
const TEKNIS: CreditRule = { creditMode: CreditMode.CURRICULUM };
const WORKSHOP: CreditRule = { creditMode: CreditMode.PER_DAY, creditValue: 5 };
const SEMINAR: CreditRule = { creditMode: CreditMode.PER_DAY, creditValue: 4 };
const MAGANG: CreditRule = { creditMode: CreditMode.PER_ACTIVITY, creditValue: 20 };
const PATOK_BANDING: CreditRule = { creditMode: CreditMode.PER_ACTIVITY, creditValue: 10 };
const COACHING: CreditRule = { creditMode: CreditMode.PER_SESSION, creditValue: 2, maxSessionsPerMonth: 2 };
const E_LEARNING: CreditRule = { creditMode: CreditMode.ACTUAL, maxJpPerDay: 3 };
const MANDIRI: CreditRule = { creditMode: CreditMode.ACTUAL, maxJpPerDay: 2 };
const KOMUNITAS: CreditRule = { creditMode: CreditMode.ACTUAL, maxJpPerDay: 2 };
const LAINNYA: CreditRule = { creditMode: CreditMode.AS_APPROVED };

describe('creditJp', () => {
  it.each<[string, CreditRule, Partial<Activity>, AlreadyCredited, number]>([
    ['curriculum JP of a technical training', TEKNIS, { claimedJp: 32, minutes: 600, days: 4 }, NONE, 32],
    ['curriculum without stated JP: actual minutes / 45', TEKNIS, { minutes: 135 }, NONE, 3],
    ['workshop: 5 JP a day × 2 days', WORKSHOP, { minutes: 900, days: 2 }, NONE, 10],
    ['seminar: 4 JP for one day', SEMINAR, { minutes: 60 }, NONE, 4],
    ['magang: 20 JP per activity, however long', MAGANG, { minutes: 9000, days: 20 }, NONE, 20],
    ['patok banding: 10 JP', PATOK_BANDING, {}, NONE, 10],
    ['coaching: 2 JP per session', COACHING, { sessions: 1 }, NONE, 2],
    ['coaching: at most 2 sessions a month', COACHING, { sessions: 3 }, NONE, 4],
    ['coaching: the third session of the month earns nothing', COACHING, { sessions: 1 }, { jpOnDay: 0, sessionsInMonth: 2 }, 0],
    ['e-learning: actual time', E_LEARNING, { minutes: 90 }, NONE, 2],
    ['e-learning: at most 3 JP a day', E_LEARNING, { minutes: 300 }, NONE, 3],
    ['e-learning: the day already holds 2 JP, 1 more fits', E_LEARNING, { claimedJp: 2 }, { jpOnDay: 2, sessionsInMonth: 0 }, 1],
    ['e-learning: the day is full', E_LEARNING, { claimedJp: 2 }, { jpOnDay: 3, sessionsInMonth: 0 }, 0],
    ['e-learning over 2 days: 3 JP a day', E_LEARNING, { claimedJp: 8, days: 2 }, NONE, 6],
    ['belajar mandiri: at most 2 JP a day', MANDIRI, { minutes: 240 }, NONE, 2],
    ['komunitas belajar: 70 minutes = 1.6 JP', KOMUNITAS, { minutes: 70 }, NONE, 1.6],
    ['komunitas belajar: capped at 2 JP a day', KOMUNITAS, { minutes: 180 }, NONE, 2],
    ['nonklasikal lainnya: as approved', LAINNYA, { claimedJp: 6 }, NONE, 6],
    ['international seminar: 4 JP + 20%', SEMINAR, { international: true }, NONE, 4.8],
    ['international e-learning: cap first, then the bonus', E_LEARNING, { minutes: 300, international: true }, NONE, 3.6],
    // A module credits its stated JP (claimedJp) and never more (maxJp); its days are the dates lessons were done.
    ['e-learning module of 5 JP done in one day: the daily cap', E_LEARNING, { claimedJp: 5, maxJp: 5, days: 1 }, NONE, 3],
    ['e-learning module of 5 JP done over two days', E_LEARNING, { claimedJp: 5, maxJp: 5, days: 2 }, NONE, 5],
    ['e-learning module of 5 JP, finished on a day already holding 2 JP', E_LEARNING, { claimedJp: 5, maxJp: 5, days: 2 }, { jpOnDay: 2, sessionsInMonth: 0 }, 4],
    ['curriculum module: its JP, however long it took', TEKNIS, { claimedJp: 4, maxJp: 4, minutes: 900, days: 9 }, NONE, 4],
    ['module whose form became per day: not more than its JP', SEMINAR, { claimedJp: 2, maxJp: 2, days: 3 }, NONE, 2],
    ['module whose form became per activity: not more than its JP', MAGANG, { claimedJp: 6, maxJp: 6 }, NONE, 6],
    ['module whose form became per session: not more than its JP', COACHING, { claimedJp: 1, maxJp: 1 }, NONE, 1],
    ['module whose form became 1 JP per day: the rule’s smaller JP', { creditMode: CreditMode.PER_DAY, creditValue: 1 }, { claimedJp: 2, maxJp: 2 }, NONE, 1],
  ])('%s', (_, rule, activity, already, jp) => {
    expect(creditJp(rule, act(activity), already, SETTINGS).jp).toBe(jp);
  });

  it('explains a module held to its stated JP', () => {
    expect(creditJp(SEMINAR, act({ claimedJp: 2, maxJp: 2, days: 3 }), NONE, SETTINGS).note).toBe('4 JP/day × 3 day(s); at most the 2 JP stated');
  });

  it('explains the credit', () => {
    const credit = creditJp(E_LEARNING, act({ claimedJp: 2 }), { jpOnDay: 2, sessionsInMonth: 0 }, SETTINGS);
    expect(credit.note).toBe('2 JP of learning; capped at 3 JP/day (2 JP already that day)');
    expect(creditJp(COACHING, act({ sessions: 3 }), NONE, SETTINGS)).toMatchObject({ sessions: 2 });
  });

  it.each([
    [1.05, 1.1],
    [1.04, 1],
    [0.15, 0.2],
    [19.95, 20],
    [2 / 3, 0.7],
  ])('rounds %d to %d (one decimal, half up)', (raw, rounded) => {
    expect(roundJp(raw)).toBe(rounded);
  });
});

describe('fitsModules', () => {
  it.each([
    ['curriculum JP', TEKNIS, true],
    ['actual JP with a daily cap', E_LEARNING, true],
    ['actual JP that needs a learning report (belajar mandiri)', { ...MANDIRI, requiresReport: true }, false],
    ['JP per day (seminar)', SEMINAR, false],
    ['JP per activity (magang)', MAGANG, false],
    ['JP per session (coaching)', COACHING, false],
    ['as approved', LAINNYA, false],
  ])('%s', (_, rule, fits) => {
    expect(fitsModules(rule)).toBe(fits);
  });

  it('leaves modules the seeded forms credited by curriculum or actual JP, without a learning report', () => {
    const fit = (forms as (CreditRule & { id: number; requiresReport: boolean })[]).filter((f) => fitsModules(f)).map((f) => f.id);
    expect(fit).toEqual([1, 2, 3, 5, 6, 7, 8, 11, 12, 13, 16, 17, 19, 23]);
  });
});
