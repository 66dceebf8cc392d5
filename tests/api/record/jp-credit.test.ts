import forms from '../../../seeds/reference/learning-forms.json';
import { floorJp, hasAtMostOneDecimal, jpOfMinutes, jpTenths, sumJp } from '@komunitas-pintar/domain';
import {
  type Activity,
  type AlreadyCredited,
  type CreditRule,
  creditJp,
  fitsModules,
  spreadSessions,
} from '../../../api/src/modules/record/jp-credit';
import { CreditMode } from '../../../api/src/modules/record/record.enums';

const SETTINGS = { minutesPerJp: 45, internationalBonusPercent: 20 };
const NONE: AlreadyCredited = { jpOnDate: {}, sessionsInMonth: {} };
/** Dates in March 2026 by day of the month. */
const march = (...days: number[]) => days.map((d) => `2026-03-${String(d).padStart(2, '0')}`);
/** The first `n` days of March. */
const days = (n: number) => march(...Array.from({ length: n }, (_, i) => i + 1));
/** JP already held per day of March. */
const holding = (perDay: Record<number, number>): AlreadyCredited => ({
  jpOnDate: Object.fromEntries(Object.entries(perDay).map(([d, jp]) => [march(Number(d))[0], jp])),
  sessionsInMonth: {},
});
const act = (a: Partial<Activity>): Activity => ({ minutes: 0, dates: days(1), sessions: 1, international: false, ...a });

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
    ['curriculum JP of a technical training', TEKNIS, { claimedJp: 32, minutes: 600, dates: days(4) }, NONE, 32],
    ['curriculum without stated JP: actual minutes / 45', TEKNIS, { minutes: 135 }, NONE, 3],
    ['workshop: 5 JP a day × 2 days', WORKSHOP, { minutes: 900, dates: days(2) }, NONE, 10],
    ['seminar: 4 JP for one day', SEMINAR, { minutes: 60 }, NONE, 4],
    ['magang: 20 JP per activity, however long', MAGANG, { minutes: 9000, dates: days(20) }, NONE, 20],
    ['patok banding: 10 JP', PATOK_BANDING, {}, NONE, 10],
    ['coaching: 2 JP per session', COACHING, { sessions: 1 }, NONE, 2],
    ['coaching: at most 2 sessions a month', COACHING, { sessions: 3 }, NONE, 4],
    [
      'coaching: the third session of the month earns nothing',
      COACHING,
      { sessions: 1 },
      { jpOnDate: {}, sessionsInMonth: { '2026-03': 2 } },
      0,
    ],
    [
      'coaching: sessions of another month do not use up this one',
      COACHING,
      { sessions: 1 },
      { jpOnDate: {}, sessionsInMonth: { '2026-02': 2 } },
      2,
    ],
    ['e-learning: actual time', E_LEARNING, { minutes: 90 }, NONE, 2],
    ['e-learning: at most 3 JP a day', E_LEARNING, { minutes: 300 }, NONE, 3],
    ['e-learning: the day already holds 2 JP, 1 more fits', E_LEARNING, { claimedJp: 2 }, holding({ 1: 2 }), 1],
    ['e-learning: the day is full', E_LEARNING, { claimedJp: 2 }, holding({ 1: 3 }), 0],
    ['e-learning over 2 days: 3 JP a day', E_LEARNING, { claimedJp: 8, dates: days(2) }, NONE, 6],
    ['belajar mandiri: at most 2 JP a day', MANDIRI, { minutes: 240 }, NONE, 2],
    ['komunitas belajar: 70 minutes = 1.55… JP, cut to 1.5 JP', KOMUNITAS, { minutes: 70 }, NONE, 1.5],
    ['komunitas belajar: capped at 2 JP a day', KOMUNITAS, { minutes: 180 }, NONE, 2],
    ['nonklasikal lainnya: as approved', LAINNYA, { claimedJp: 6 }, NONE, 6],
    ['international seminar: 4 JP + 20%', SEMINAR, { international: true }, NONE, 4.8],
    ['international e-learning: cap first, then the bonus', E_LEARNING, { minutes: 300, international: true }, NONE, 3.6],
    // A module credits its stated JP (claimedJp) and never more (maxJp); its days are the dates lessons were done.
    ['e-learning module of 5 JP done in one day: the daily cap', E_LEARNING, { claimedJp: 5, maxJp: 5, dates: days(1) }, NONE, 3],
    ['e-learning module of 5 JP done over two days', E_LEARNING, { claimedJp: 5, maxJp: 5, dates: days(2) }, NONE, 5],
    [
      'e-learning module of 5 JP, finished on a day already holding 2 JP',
      E_LEARNING,
      { claimedJp: 5, maxJp: 5, dates: days(2) },
      holding({ 2: 2 }),
      4,
    ],
    ['curriculum module: its JP, however long it took', TEKNIS, { claimedJp: 4, maxJp: 4, minutes: 900, dates: days(9) }, NONE, 4],
    ['module whose form became per day: not more than its JP', SEMINAR, { claimedJp: 2, maxJp: 2, dates: days(3) }, NONE, 2],
    ['module whose form became per activity: not more than its JP', MAGANG, { claimedJp: 6, maxJp: 6 }, NONE, 6],
    ['module whose form became per session: not more than its JP', COACHING, { claimedJp: 1, maxJp: 1 }, NONE, 1],
    [
      'module whose form became 1 JP per day: the rule’s smaller JP',
      { creditMode: CreditMode.PER_DAY, creditValue: 1 },
      { claimedJp: 2, maxJp: 2 },
      NONE,
      1,
    ],
  ])('%s', (_, rule, activity, already, jp) => {
    expect(creditJp(rule, act(activity), already, SETTINGS).jp).toBe(jp);
  });

  it('explains a module held to its stated JP', () => {
    expect(creditJp(SEMINAR, act({ claimedJp: 2, maxJp: 2, dates: days(3) }), NONE, SETTINGS).steps).toEqual([
      { code: 'PER_DAY', value: 4, days: 3 },
      { code: 'STATED_MAX', jp: 2 },
    ]);
  });

  it('explains the credit, naming the days with room under a daily cap', () => {
    const steps = (claimedJp: number, dates: string[], already: AlreadyCredited) =>
      creditJp(E_LEARNING, act({ claimedJp, dates }), already, SETTINGS).steps;
    const learning = (jp: number) => ({ code: 'STATED_LEARNING', jp });
    expect(steps(5, days(1), NONE)).toEqual([learning(5), { code: 'DAY_CAP', cap: 3, days: 1, held: 0, full: 0 }]);
    expect(steps(2, days(1), holding({ 1: 2 }))).toEqual([learning(2), { code: 'DAY_CAP', cap: 3, days: 1, held: 2, full: 0 }]);
    expect(steps(8, days(3), holding({ 1: 3, 2: 1 }))).toEqual([learning(8), { code: 'DAY_CAP', cap: 3, days: 2, held: 1, full: 1 }]);
    expect(steps(2, days(1), holding({ 1: 3 }))).toEqual([learning(2), { code: 'DAY_CAP_FULL', cap: 3, full: 1 }]);
    expect(steps(2, days(2), holding({ 1: 3, 2: 3.6 }))).toEqual([learning(2), { code: 'DAY_CAP_FULL', cap: 3, full: 2 }]);
    expect(steps(2, days(2), holding({ 1: 1 }))).toEqual([learning(2)]); // the cap leaves room for all of it
    expect(creditJp(COACHING, act({ sessions: 3 }), NONE, SETTINGS)).toMatchObject({ sessions: 2 });
  });
});

describe('JP to one decimal, never rounded up', () => {
  it.each([
    [19.95, 19.9],
    [19.99, 19.9],
    [898 / 45, 19.9],
    [900 / 45, 20],
    [1.05, 1],
    [2 / 3, 0.6],
    [0.1 + 0.2, 0.3],
    [0.7 + 0.1, 0.8],
    [3 * 1.1, 3.3],
    [12.36, 12.3],
    [0, 0],
  ])('cuts %d to %d', (raw, cut) => {
    expect(floorJp(raw)).toBe(cut);
  });

  it('adds JP in whole tenths', () => {
    expect(sumJp([0.1, 0.2])).toBe(0.3);
    expect(sumJp([0.7, 0.1])).toBe(0.8);
    expect(sumJp(Array.from({ length: 10 }, () => 0.1))).toBe(1);
    expect(sumJp([19.9, 0.1])).toBe(20);
    expect(sumJp([])).toBe(0);
    expect(jpTenths(19.95)).toBe(199);
  });

  it('gives the JP of learning time at the configured minutes per JP, cut down like every figure', () => {
    expect(jpOfMinutes(898, 45)).toBe(19.9);
    expect(jpOfMinutes(900, 45)).toBe(20);
    expect(jpOfMinutes(100, 50)).toBe(2);
    expect(jpOfMinutes(0, 45)).toBe(0);
  });

  it('tells typed figures with one decimal from those with more', () => {
    expect([20, 19.9, 0.5, 0.1 + 0.2].map(hasAtMostOneDecimal)).toEqual([true, true, true, true]);
    expect([19.95, 0.25, 1 / 3, Number.NaN, Number.POSITIVE_INFINITY].map(hasAtMostOneDecimal)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it.each<[string, CreditRule, Partial<Activity>, number]>([
    ['898 minutes of e-learning over a week: 19.9 JP, not 20', { creditMode: CreditMode.ACTUAL }, { minutes: 898, dates: days(7) }, 19.9],
    ['a stated 19.95 JP counts 19.9', TEKNIS, { claimedJp: 19.95 }, 19.9],
    ['curriculum 10.3 JP abroad: 12.36 is cut to 12.3', TEKNIS, { claimedJp: 10.3, international: true }, 12.3],
    ['as approved 0.1 + 0.2 JP: 0.3', LAINNYA, { claimedJp: 0.1 + 0.2 }, 0.3],
    ['as approved 0.7 + 0.1 JP: 0.8', LAINNYA, { claimedJp: 0.7 + 0.1 }, 0.8],
    ['1.1 JP a day over 3 days: 3.3', { creditMode: CreditMode.PER_DAY, creditValue: 1.1 }, { dates: days(3) }, 3.3],
  ])('%s', (_, rule, activity, jp) => {
    const credit = creditJp(rule, act(activity), NONE, SETTINGS);
    expect(credit.jp).toBe(jp);
    expect(sumJp(credit.days.map((d) => d.jp))).toBe(jp);
  });
});

describe('creditJp per month of sessions', () => {
  /** Sessions on these dates (YYYY-MM-DD). */
  const on = (...sessionDates: string[]): Partial<Activity> => ({
    sessions: sessionDates.length,
    sessionDates,
    dates: [...new Set(sessionDates)],
  });
  const SEPT_TO_NOV = ['2026-09-07', '2026-09-21', '2026-10-05', '2026-10-19', '2026-11-02', '2026-11-16'];

  it('caps each calendar month of the sessions on its own: September to November, 6 sessions, 12 JP', () => {
    const credit = creditJp(COACHING, act(on(...SEPT_TO_NOV)), NONE, SETTINGS);
    expect(credit).toMatchObject({ jp: 12, sessions: 6, steps: [{ code: 'PER_SESSION', value: 2, sessions: 6 }] });
    expect(credit.days.map((d) => [d.date, d.jp, d.sessions])).toEqual(SEPT_TO_NOV.map((d) => [d, 2, 1]));
  });

  it('counts the earliest sessions of a month first, and only the month that is full loses any', () => {
    const credit = creditJp(COACHING, act(on('2026-09-01', '2026-09-08', '2026-09-15', '2026-10-06')), NONE, SETTINGS);
    expect(credit).toMatchObject({
      jp: 6,
      sessions: 3,
      steps: [
        { code: 'PER_SESSION', value: 2, sessions: 3 },
        { code: 'SESSION_MONTH_CAP', fit: 2, sessions: 3, month: '2026-09', cap: 2 },
      ],
    });
    expect(credit.days.map((d) => d.sessions)).toEqual([1, 1, 0, 1]);
    expect(credit.days.map((d) => d.jp)).toEqual([2, 2, 0, 2]);
  });

  it('leaves each month the room its earlier records left', () => {
    const already: AlreadyCredited = { jpOnDate: {}, sessionsInMonth: { '2026-09': 2, '2026-10': 1 } };
    const credit = creditJp(COACHING, act(on(...SEPT_TO_NOV)), already, SETTINGS);
    expect(credit).toMatchObject({ jp: 6, sessions: 3 });
    expect(credit.days.map((d) => d.sessions)).toEqual([0, 0, 1, 0, 1, 1]);
    expect(credit.steps).toEqual([
      { code: 'PER_SESSION', value: 2, sessions: 3 },
      { code: 'SESSION_MONTH_CAP', fit: 0, sessions: 2, month: '2026-09', cap: 2 },
      { code: 'SESSION_MONTH_CAP', fit: 1, sessions: 2, month: '2026-10', cap: 2 },
    ]);
  });

  it('counts two sessions on one day as two', () => {
    const credit = creditJp(COACHING, act(on('2026-09-07', '2026-09-07', '2026-09-08')), NONE, SETTINGS);
    expect(credit.days.map((d) => [d.date, d.sessions, d.jp])).toEqual([
      ['2026-09-07', 2, 4],
      ['2026-09-08', 0, 0],
    ]);
  });

  it('without session dates, spreads the sessions evenly over the dates of learning', () => {
    // Every weekday of September to November 2026 (no holiday falls on one).
    const weekdays: string[] = [];
    for (let d = new Date('2026-09-01T00:00:00Z'); d <= new Date('2026-11-30T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() % 6 !== 0) weekdays.push(d.toISOString().slice(0, 10));
    }
    const months = (dates: string[]) => dates.map((d) => d.slice(0, 7));
    expect(months(spreadSessions(6, weekdays))).toEqual(['2026-09', '2026-09', '2026-10', '2026-10', '2026-11', '2026-11']);
    const credit = creditJp(COACHING, act({ sessions: 6, dates: weekdays }), NONE, SETTINGS);
    expect(credit).toMatchObject({ jp: 12, sessions: 6 });
    expect(credit.days).toHaveLength(6);
    // One session in a month falls in its middle; more sessions than days share days.
    expect(spreadSessions(1, days(31))).toEqual(['2026-03-16']);
    expect(spreadSessions(4, days(2))).toEqual(march(1, 1, 2, 2));
    expect(spreadSessions(3, march(3, 1, 2, 1))).toEqual(march(1, 2, 3));
  });
});

describe('creditJp per day of learning', () => {
  it.each<[string, CreditRule, Partial<Activity>, AlreadyCredited, number[]]>([
    // A capped form: each date has the room the cap leaves; the JP fill the dates in order.
    [
      'e-learning: each day has its own room (1 + 3 + 2 JP)',
      E_LEARNING,
      { claimedJp: 8, dates: days(3) },
      holding({ 1: 2, 3: 1 }),
      [1, 3, 2],
    ],
    [
      'e-learning: a full day gives 0 that day, the next day its 3 JP',
      E_LEARNING,
      { claimedJp: 5, dates: days(2) },
      holding({ 1: 3 }),
      [0, 3],
    ],
    [
      'e-learning: a day holding more than the cap (an international credit) has no room',
      E_LEARNING,
      { claimedJp: 2, dates: days(2) },
      holding({ 1: 3.6, 2: 2.5 }),
      [0, 0.5],
    ],
    [
      'e-learning: days of other months or before the activity do not count',
      E_LEARNING,
      { claimedJp: 3, dates: march(10) },
      holding({ 9: 3, 11: 3 }),
      [3],
    ],
    ['e-learning: greedy in date order, later days keep their room', E_LEARNING, { claimedJp: 4, dates: days(3) }, NONE, [3, 1, 0]],
    [
      'e-learning: dates in any order and repeated count once each, in order',
      E_LEARNING,
      { claimedJp: 4, dates: march(2, 1, 2) },
      NONE,
      [3, 1],
    ],
    ['komunitas belajar: 70 minutes over two days', KOMUNITAS, { minutes: 70, dates: days(2) }, NONE, [1.5, 0]],
    [
      'international e-learning: the bonus on top of each day’s capped JP',
      E_LEARNING,
      { claimedJp: 5, dates: days(3), international: true },
      NONE,
      [3.6, 2.4, 0],
    ],
    [
      'international e-learning: the bonus split so the days add up exactly (1.3 JP)',
      E_LEARNING,
      { claimedJp: 1.1, dates: days(2), international: true },
      holding({ 1: 2.5 }),
      [0.6, 0.7],
    ],
    [
      'e-learning module held to its stated JP, on the first days with room',
      E_LEARNING,
      { claimedJp: 5, maxJp: 5, dates: days(3) },
      holding({ 1: 2 }),
      [1, 3, 1],
    ],
    // Uncapped forms: spread evenly, the rounding remainder on the last date.
    ['seminar: 4 JP on each day', SEMINAR, { dates: days(3) }, NONE, [4, 4, 4]],
    ['international seminar: 4.8 JP on each day', SEMINAR, { dates: days(3), international: true }, NONE, [4.8, 4.8, 4.8]],
    ['curriculum 10 JP over 3 days', TEKNIS, { claimedJp: 10, dates: days(3) }, NONE, [3.3, 3.3, 3.4]],
    ['curriculum 1 JP over 4 days', TEKNIS, { claimedJp: 1, dates: days(4) }, NONE, [0.2, 0.2, 0.2, 0.4]],
    ['magang 20 JP over 3 days', MAGANG, { dates: days(3) }, NONE, [6.6, 6.6, 6.8]],
    ['uncapped forms ignore what the days hold', TEKNIS, { claimedJp: 6, dates: days(2) }, holding({ 1: 10 }), [3, 3]],
  ])('%s', (_, rule, activity, already, perDay) => {
    const credit = creditJp(rule, act(activity), already, SETTINGS);
    expect(credit.days.map((d) => d.jp)).toEqual(perDay);
    expect(credit.days.map((d) => d.date)).toEqual([...new Set(activity.dates)].sort());
    expect(Math.round(perDay.reduce((s, jp) => s + jp, 0) * 10)).toBe(Math.round(credit.jp * 10));
  });

  it('always puts exactly the credited JP on the days, to one decimal, never a day above its room before the bonus', () => {
    const rules = [E_LEARNING, KOMUNITAS, TEKNIS, SEMINAR, MAGANG, { creditMode: CreditMode.ACTUAL, maxJpPerDay: 2.5 }];
    let checked = 0;
    for (const rule of rules) {
      for (const claimedJp of [0.1, 0.7, 1, 2.3, 3.35, 5, 7.9, 12]) {
        for (const n of [1, 2, 3, 5, 7]) {
          for (const international of [false, true]) {
            const already = holding({ 1: 1.3, 3: 3, 4: 0.4 });
            const credit = creditJp(rule, act({ claimedJp, minutes: claimedJp * 45, dates: days(n), international }), already, SETTINGS);
            const tenths = credit.days.map((d) => Math.round(d.jp * 10));
            expect(credit.days.map((d) => d.jp * 10)).toEqual(tenths.map((x) => expect.closeTo(x, 9)));
            expect(tenths.every((x) => x >= 0)).toBe(true);
            expect(tenths.reduce((s, x) => s + x, 0)).toBe(Math.round(credit.jp * 10));
            if (rule.maxJpPerDay != null && !international) {
              credit.days.forEach((d) =>
                expect(d.jp).toBeLessThanOrEqual(Math.max(0, floorJp(rule.maxJpPerDay! - (already.jpOnDate[d.date] ?? 0)))),
              );
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(480);
  });

  it('needs at least one date of learning', () => {
    expect(() => creditJp(E_LEARNING, act({ claimedJp: 1, dates: [] }), NONE, SETTINGS)).toThrow('at least one date');
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

describe('creditJp with measured minutes per date (komunitas belajar)', () => {
  it('each date earns at most its own attended minutes, under the daily cap', () => {
    // 180 minutes on the 2nd (4 JP, capped at 2) and 45 on the 3rd (1 JP): 3 JP, not the 4 a total would give.
    const credit = creditJp(
      KOMUNITAS,
      act({ minutes: 225, dates: march(2, 3), minutesOnDates: { '2026-03-02': 180, '2026-03-03': 45 } }),
      NONE,
      SETTINGS,
    );
    expect(credit.jp).toBe(3);
    expect(credit.days).toEqual([
      { date: '2026-03-02', jp: 2, sessions: 0 },
      { date: '2026-03-03', jp: 1, sessions: 0 },
    ]);
  });

  it('what another group already holds on a date leaves only the rest of its cap', () => {
    const credit = creditJp(
      KOMUNITAS,
      act({ minutes: 90, dates: march(2), minutesOnDates: { '2026-03-02': 90 } }),
      holding({ 2: 1.5 }),
      SETTINGS,
    );
    expect(credit.jp).toBe(0.5);
    expect(credit.steps).toContainEqual({ code: 'DAY_CAP', cap: 2, days: 1, held: 1.5, full: 0 });
  });

  it('each date is cut to a tenth on its own, never rounded up', () => {
    // 40 minutes are 0.8 JP a day: 1.6 JP, although 80 minutes in one go would be 1.7.
    expect(
      creditJp(KOMUNITAS, act({ minutes: 80, dates: march(2, 3), minutesOnDates: { '2026-03-02': 40, '2026-03-03': 40 } }), NONE, SETTINGS)
        .jp,
    ).toBe(1.6);
  });
});
