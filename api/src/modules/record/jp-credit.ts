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
   * The local dates (YYYY-MM-DD, at least one) on which the learning took place: every day of a
   * training's span, the distinct dates a module's lessons were done. Order and repeats do not matter.
   */
  dates: readonly string[];
  /** Sessions held (coaching, mentoring…). */
  sessions: number;
  international: boolean;
  /** The most the activity earns, whatever the rule gives (a module: its stated JP). */
  maxJp?: number | null;
}

/** What the employee's records of the same form (not rejected) already hold. */
export interface AlreadyCredited {
  /** JP already held on each of the activity's dates; a date left out holds none. */
  jpOnDate: Readonly<Record<string, number>>;
  /** Sessions already credited in the month of the activity's end date. */
  sessionsInMonth: number;
}

/** The JP a credit puts on one date of learning. */
export interface CreditDay {
  date: string;
  jp: number;
}

export interface Credit {
  jp: number;
  /** Sessions that counted (after the monthly cap). */
  sessions: number;
  /** One entry per date of learning, in date order, to one decimal, adding up to exactly `jp`. */
  days: CreditDay[];
  /** Why this many JP, for the learner and the auditor. */
  note: string;
}

/** Forms whose JP a module can credit by itself, from the JP it states: curriculum or actual JP, no learning report. */
const MODULE_CREDIT_MODES: readonly CreditMode[] = [CreditMode.CURRICULUM, CreditMode.ACTUAL];

/** Whether a module may have this form of learning: its rule credits the module's stated JP and needs no report. */
export function fitsModules(form: CreditRule & { requiresReport?: boolean }): boolean {
  return MODULE_CREDIT_MODES.includes(form.creditMode) && !form.requiresReport;
}

/** JP are kept to one decimal, rounded half up, per record; totals add the rounded records. */
export function roundJp(jp: number): number {
  return Math.round(jp * 10 + 1e-9) / 10;
}

/** JP in whole tenths, the unit the day rows are apportioned in so that they add up exactly. */
const tenths = (jp: number) => Math.round(roundJp(jp) * 10);

/**
 * The JP an activity earns, by the form's rule (DOMAIN.md, PerLAN 10/2018):
 * - CURRICULUM: the stated JP (else actual minutes / minutes-per-JP);
 * - ACTUAL: actual minutes / minutes-per-JP (or the stated JP of a module);
 * - PER_DAY: the value per day × dates of learning; PER_ACTIVITY: the value once;
 * - PER_SESSION: the value per session, for at most `maxSessionsPerMonth` sessions in the month of
 *   the end date (less the sessions that month already holds);
 * - AS_APPROVED: the JP the approver gives.
 * Then the daily cap, per date of learning: each date has room for `maxJpPerDay` less the JP the
 * employee's records of the form already hold on that date (a full date gives nothing), and the
 * activity earns at most the room of all its dates. Then the activity's own ceiling (`maxJp`, a
 * module's stated JP), then the international bonus, then rounding to one decimal.
 *
 * The JP are then put on the dates, so that later credits see them: under a daily cap greedily in
 * date order, each date filled up to its room; without one spread evenly, the rounding remainder
 * on the last date. The international bonus is not subject to the daily cap (it is added after it,
 * as the rule has always been): each date holds its capped JP plus the bonus, so an international
 * activity can leave a date above the cap, and no room on it for others.
 */
export function creditJp(rule: CreditRule, activity: Activity, already: AlreadyCredited, settings: CreditSettings): Credit {
  const dates = [...new Set(activity.dates)].sort();
  if (!dates.length) throw new Error('An activity needs at least one date of learning');
  const value = rule.creditValue ?? 0;
  const actualJp = activity.minutes / settings.minutesPerJp;
  const notes: string[] = [];
  let sessions = activity.sessions;
  let jp: number;
  switch (rule.creditMode) {
    case CreditMode.CURRICULUM:
      jp = activity.claimedJp ?? actualJp;
      notes.push(activity.claimedJp != null ? `curriculum ${activity.claimedJp} JP` : `${activity.minutes} min / ${settings.minutesPerJp}`);
      break;
    case CreditMode.ACTUAL:
      jp = activity.claimedJp ?? actualJp;
      notes.push(activity.claimedJp != null ? `${activity.claimedJp} JP of learning` : `${activity.minutes} min / ${settings.minutesPerJp}`);
      break;
    case CreditMode.PER_DAY:
      jp = value * dates.length;
      notes.push(`${value} JP/day × ${dates.length} day(s)`);
      break;
    case CreditMode.PER_ACTIVITY:
      jp = value;
      notes.push(`${value} JP per activity`);
      break;
    case CreditMode.PER_SESSION: {
      const room = rule.maxSessionsPerMonth == null ? sessions : Math.max(0, rule.maxSessionsPerMonth - already.sessionsInMonth);
      if (room < sessions) notes.push(`only ${room} of ${sessions} session(s) fit the cap of ${rule.maxSessionsPerMonth}/month`);
      sessions = Math.min(sessions, room);
      jp = value * sessions;
      notes.unshift(`${value} JP/session × ${sessions}`);
      break;
    }
    case CreditMode.AS_APPROVED:
      jp = activity.claimedJp ?? 0;
      notes.push('as approved');
      break;
  }
  // Room per date, in tenths of a JP (caps and records are kept to one decimal).
  const rooms = rule.maxJpPerDay == null ? null : dates.map((d) => Math.max(0, tenths(rule.maxJpPerDay!) - tenths(already.jpOnDate[d] ?? 0)));
  if (rooms) {
    const cap = rooms.reduce((s, r) => s + r, 0) / 10;
    if (jp > cap) {
      notes.push(capNote(rule.maxJpPerDay!, dates, rooms, already));
      jp = cap;
    }
  }
  if (activity.maxJp != null && jp > activity.maxJp) {
    notes.push(`at most the ${activity.maxJp} JP stated`);
    jp = activity.maxJp;
  }
  const beforeBonus = jp;
  if (activity.international && settings.internationalBonusPercent) {
    jp *= 1 + settings.internationalBonusPercent / 100;
    notes.push(`+${settings.internationalBonusPercent}% international`);
  }
  const total = roundJp(jp);
  const perDate = rooms ? apportion(tenths(total), fill(tenths(beforeBonus), rooms)) : spread(tenths(total), dates.length);
  return {
    jp: total,
    sessions,
    days: dates.map((date, i) => ({ date, jp: perDate[i] / 10 })),
    note: notes.join('; '),
  };
}

/** Why the daily cap cut the credit, e.g. "capped at 3 JP/day × 2 day(s) with room (1 JP already on them; 1 day(s) already full)". */
function capNote(maxJpPerDay: number, dates: string[], rooms: number[], already: AlreadyCredited): string {
  const open = dates.filter((_, i) => rooms[i] > 0);
  const full = dates.length - open.length;
  if (!open.length) return `capped at ${maxJpPerDay} JP/day: ${full === 1 ? 'the day is' : `all ${full} days are`} already full`;
  const held = roundJp(open.reduce((s, d) => s + (already.jpOnDate[d] ?? 0), 0));
  const more = [...(held ? [`${held} JP already on them`] : []), ...(full ? [`${full} day(s) already full`] : [])];
  return `capped at ${maxJpPerDay} JP/day × ${open.length} day(s)${held || full ? ' with room' : ''}${more.length ? ` (${more.join('; ')})` : ''}`;
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
