import { jpTenths, sumJp } from '@komunitas-pintar/domain';
import { CreditStepCode as Step, type CreditStepData } from './credit-step';
import { CreditMode } from './record.enums';

/** The credit rule of a form of learning (a `LearningForm` row, editable by admins). */
export interface CreditRule {
  creditMode: CreditMode;
  creditValue?: number | null;
  maxJpPerDay?: number | null;
  maxSessionsPerMonth?: number | null;
}

export interface CreditSettings {
  minutesPerJp: number;
  internationalBonusPercent: number;
}

/** What was learned. */
export interface Activity {
  /** JP stated by a curriculum, or approved by a supervisor. */
  claimedJp?: number | null;
  /** Actual minutes of learning. */
  minutes: number;
  /**
   * The local dates (YYYY-MM-DD, at least one) on which the learning took place: the days attended
   * (a training's working days when only its span is known), the distinct dates a module's lessons
   * were done. Order and repeats do not matter.
   */
  dates: readonly string[];
  /** Sessions held (coaching, mentoring…). */
  sessions: number;
  /**
   * The date of each session (YYYY-MM-DD, one entry per session: a date twice for two sessions on one
   * day), for forms credited per session. Without them the `sessions` are taken to be spread evenly
   * over `dates` (see `spreadSessions`).
   */
  sessionDates?: readonly string[] | null;
  international: boolean;
  /** The most the activity earns, whatever the rule gives (a module: its stated JP). */
  maxJp?: number | null;
  /**
   * Measured minutes on each date (a member's attended minutes in a community group): for an ACTUAL
   * form without stated JP, each date earns at most its own minutes, so a long day does not fill
   * the room of a short one.
   */
  minutesOnDates?: Readonly<Record<string, number>> | null;
}

/** What the employee's records of the same form (not rejected) already hold. */
export interface AlreadyCredited {
  /** JP already held on each of the activity's dates; a date left out holds none. */
  jpOnDate: Readonly<Record<string, number>>;
  /** Sessions already credited in each month (YYYY-MM) in which the activity has sessions; a month left out holds none. */
  sessionsInMonth: Readonly<Record<string, number>>;
}

/** The JP a credit puts on one date of learning, and the sessions that counted on it. */
export interface CreditDay {
  date: string;
  jp: number;
  /** Sessions of this date that counted (forms credited per session; 0 for the others). */
  sessions: number;
}

export interface Credit {
  jp: number;
  /** Sessions that counted (after the monthly cap). */
  sessions: number;
  /** One entry per date of learning, in date order, to one decimal, adding up to exactly `jp`. */
  days: CreditDay[];
  /** Why this many JP, for the learner and the auditor: codes with parameters, in the order applied. */
  steps: CreditStepData[];
}

/** Forms whose JP a module can credit by itself, from the JP it states: curriculum or actual JP, no learning report. */
const MODULE_CREDIT_MODES: readonly CreditMode[] = [CreditMode.CURRICULUM, CreditMode.ACTUAL];

/** Whether a module may have this form of learning: its rule credits the module's stated JP and needs no report. */
export function fitsModules(form: CreditRule & { requiresReport?: boolean }): boolean {
  return MODULE_CREDIT_MODES.includes(form.creditMode) && !form.requiresReport;
}

/**
 * Where `count` sessions fall when only the days they were held among are known: evenly spaced,
 * each in the middle of its equal share of the days (in date order), several on one day when there
 * are more sessions than days. Six coaching sessions over the working days of September to November
 * fall two in each month; one session over a month falls in its middle.
 */
export function spreadSessions(count: number, dates: readonly string[]): string[] {
  const days = [...new Set(dates)].sort();
  return Array.from({ length: count }, (_, i) => days[Math.floor(((i + 0.5) * days.length) / count)]);
}

/** The session dates of an activity, in date order: those given, else its sessions spread over its dates. */
export function sessionDatesOf(activity: Pick<Activity, 'sessions' | 'sessionDates' | 'dates'>): string[] {
  return activity.sessionDates ? [...activity.sessionDates].sort() : spreadSessions(activity.sessions, activity.dates);
}

/**
 * The dates an activity's credit is put on: the distinct dates of its sessions for a form credited
 * per session, else its dates of learning; in date order.
 */
export function creditDates(rule: CreditRule, activity: Pick<Activity, 'sessions' | 'sessionDates' | 'dates'>): string[] {
  const dates = rule.creditMode === CreditMode.PER_SESSION ? sessionDatesOf(activity) : activity.dates;
  return [...new Set(dates)].sort();
}

/**
 * The JP an activity earns, by the form's rule (DOMAIN.md, PerLAN 10/2018):
 * - CURRICULUM: the stated JP (else actual minutes / minutes-per-JP);
 * - ACTUAL: actual minutes / minutes-per-JP (or the stated JP of a module);
 * - PER_DAY: the value per day × dates of learning; PER_ACTIVITY: the value once;
 * - PER_SESSION: the value per session, for at most `maxSessionsPerMonth` sessions in each calendar
 *   month in which sessions took place (less the sessions that month already holds), the earlier
 *   sessions of a month counting first;
 * - AS_APPROVED: the JP the approver gives; until then, the actual minutes / minutes-per-JP (what
 *   the employee's stated hours propose).
 * Then the daily cap, per date of learning: each date has room for `maxJpPerDay` less the JP the
 * employee's records of the form already hold on that date (a full date gives nothing), and the
 * activity earns at most the room of all its dates. Then the activity's own ceiling (`maxJp`, a
 * module's stated JP), then the international bonus.
 *
 * Everything is counted in whole tenths of a JP and cut down, never rounded up (`jpTenths`): 898
 * minutes are 19.9 JP, a stated 19.95 JP counts 19.9, and the bonus on 10.3 JP gives 12.3, not 12.4.
 *
 * The JP are then put on the dates, so that later credits see them: under a daily cap greedily in
 * date order, each date filled up to its room; per session in proportion to the sessions counted on
 * each date; otherwise spread evenly, the remainder on the last date. The international bonus is
 * not subject to the daily cap (it is added after it, as the rule has always been): each date holds
 * its capped JP plus the bonus, so an international activity can leave a date above the cap, and no
 * room on it for others.
 */
export function creditJp(rule: CreditRule, activity: Activity, already: AlreadyCredited, settings: CreditSettings): Credit {
  if (!activity.dates.length) throw new Error('An activity needs at least one date of learning');
  const dates = creditDates(rule, activity);
  const value = rule.creditValue ?? 0;
  const steps: CreditStepData[] = [];
  let sessions = activity.sessions;
  /** Sessions that counted on each date (per-session forms). */
  let counted: number[] | null = null;
  /** What each date's own measured minutes earn (ACTUAL forms given `minutesOnDates`). */
  let own: number[] | null = null;
  let tenths: number;
  const stated = (jp: number) => jpTenths(jp);
  const actual = () => Math.floor((activity.minutes * 10) / settings.minutesPerJp);
  switch (rule.creditMode) {
    case CreditMode.CURRICULUM:
      tenths = activity.claimedJp != null ? stated(activity.claimedJp) : actual();
      steps.push(
        activity.claimedJp != null
          ? { code: Step.CURRICULUM, jp: activity.claimedJp }
          : { code: Step.MINUTES, minutes: activity.minutes, minutesPerJp: settings.minutesPerJp },
      );
      break;
    case CreditMode.ACTUAL:
      tenths = activity.claimedJp != null ? stated(activity.claimedJp) : actual();
      if (activity.claimedJp != null) steps.push({ code: Step.STATED_LEARNING, jp: activity.claimedJp });
      else if (activity.minutesOnDates) {
        own = dates.map((d) => Math.floor(((activity.minutesOnDates![d] ?? 0) * 10) / settings.minutesPerJp));
        tenths = own.reduce((a, b) => a + b, 0);
        steps.push({ code: Step.MINUTES_PER_DATE, minutes: activity.minutes, minutesPerJp: settings.minutesPerJp, days: dates.length });
      } else steps.push({ code: Step.MINUTES, minutes: activity.minutes, minutesPerJp: settings.minutesPerJp });
      break;
    case CreditMode.PER_DAY:
      tenths = stated(value) * dates.length;
      steps.push({ code: Step.PER_DAY, value, days: dates.length });
      break;
    case CreditMode.PER_ACTIVITY:
      tenths = stated(value);
      steps.push({ code: Step.PER_ACTIVITY, value });
      break;
    case CreditMode.PER_SESSION: {
      const perSession = countSessions(rule.maxSessionsPerMonth ?? null, sessionDatesOf(activity), dates, already);
      counted = perSession.counted;
      sessions = counted.reduce((s, n) => s + n, 0);
      tenths = stated(value) * sessions;
      steps.push({ code: Step.PER_SESSION, value, sessions }, ...perSession.steps);
      break;
    }
    case CreditMode.AS_APPROVED:
      tenths = activity.claimedJp != null ? stated(activity.claimedJp) : actual();
      steps.push(
        activity.claimedJp != null
          ? { code: Step.AS_APPROVED }
          : { code: Step.TO_BE_APPROVED, minutes: activity.minutes, minutesPerJp: settings.minutesPerJp },
      );
      break;
  }
  // Room per date, in tenths of a JP (caps and records are kept to one decimal).
  const capRooms =
    rule.maxJpPerDay == null ? null : dates.map((d) => Math.max(0, stated(rule.maxJpPerDay!) - stated(already.jpOnDate[d] ?? 0)));
  // A date's room holds at most what its own measured minutes earn.
  const rooms = own && capRooms ? capRooms.map((r, i) => Math.min(r, own![i])) : capRooms;
  if (rooms) {
    const cap = rooms.reduce((s, r) => s + r, 0);
    if (tenths > cap) {
      steps.push(capStep(rule.maxJpPerDay!, dates, capRooms!, already));
      tenths = cap;
    }
  }
  if (activity.maxJp != null && tenths > stated(activity.maxJp)) {
    steps.push({ code: Step.STATED_MAX, jp: activity.maxJp });
    tenths = stated(activity.maxJp);
  }
  const beforeBonus = tenths;
  if (activity.international && settings.internationalBonusPercent) {
    tenths = Math.floor((tenths * (100 + settings.internationalBonusPercent)) / 100);
    steps.push({ code: Step.INTERNATIONAL_BONUS, percent: settings.internationalBonusPercent });
  }
  const perDate = rooms
    ? apportion(tenths, fill(beforeBonus, rooms))
    : own
      ? apportion(tenths, own)
      : counted
        ? apportion(tenths, counted)
        : spread(tenths, dates.length);
  return {
    jp: tenths / 10,
    sessions,
    days: dates.map((date, i) => ({ date, jp: perDate[i] / 10, sessions: counted?.[i] ?? 0 })),
    steps,
  };
}

/**
 * The sessions that count on each of `dates` (the distinct session dates, in order): per calendar
 * month, at most `cap` less what the month already holds, the earliest sessions first.
 */
function countSessions(
  cap: number | null,
  sessionDates: string[],
  dates: string[],
  already: AlreadyCredited,
): { counted: number[]; steps: CreditStepData[] } {
  const held = dates.map((d) => sessionDates.filter((s) => s === d).length);
  if (cap == null) return { counted: held, steps: [] };
  const room = new Map<string, number>();
  const heldInMonth = new Map<string, number>();
  const counted = dates.map((date, i) => {
    const month = date.slice(0, 7);
    if (!room.has(month)) room.set(month, Math.max(0, cap - (already.sessionsInMonth[month] ?? 0)));
    heldInMonth.set(month, (heldInMonth.get(month) ?? 0) + held[i]);
    const take = Math.min(held[i], room.get(month)!);
    room.set(month, room.get(month)! - take);
    return take;
  });
  const steps = [...heldInMonth].flatMap(([month, n]): CreditStepData[] => {
    const fit = Math.min(n, Math.max(0, cap - (already.sessionsInMonth[month] ?? 0)));
    return fit < n ? [{ code: Step.SESSION_MONTH_CAP, fit, sessions: n, month, cap }] : [];
  });
  return { counted, steps };
}

/**
 * Why the daily cap cut the credit: the cap, the dates with room, the JP already on them and the
 * dates already full ("capped at 3 JP/day × 2 days with room; 1 JP already on them; 1 day already full").
 */
function capStep(maxJpPerDay: number, dates: string[], rooms: number[], already: AlreadyCredited): CreditStepData {
  const open = dates.filter((_, i) => rooms[i] > 0);
  const full = dates.length - open.length;
  if (!open.length) return { code: Step.DAY_CAP_FULL, cap: maxJpPerDay, full };
  const held = sumJp(open.map((d) => already.jpOnDate[d] ?? 0));
  return { code: Step.DAY_CAP, cap: maxJpPerDay, days: open.length, held, full };
}

/** `amount` tenths put on the dates in order, each up to its room (the amount never exceeds the rooms). */
function fill(amount: number, rooms: number[]): number[] {
  let left = amount;
  const shares = rooms.map((room) => {
    const take = Math.min(room, left);
    left -= take;
    return take;
  });
  shares[shares.length - 1] += left;
  return shares;
}

/** `amount` tenths spread evenly; the remainder goes on the last date. */
function spread(amount: number, count: number): number[] {
  const each = Math.floor(amount / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? amount - each * (count - 1) : each));
}

/**
 * `amount` tenths in proportion to `shares` (the capped JP per date, before the bonus), rounded on
 * the running total so the parts add up to exactly `amount`; equal to `shares` when no bonus applies.
 */
function apportion(amount: number, shares: number[]): number[] {
  const whole = shares.reduce((s, x) => s + x, 0);
  if (!whole) return spread(amount, shares.length);
  let before = 0;
  let given = 0;
  return shares.map((share) => {
    before += share;
    const upTo = Math.round((amount * before) / whole);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}
