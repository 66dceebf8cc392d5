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
  /** Days on which the learning took place (at least 1): the span of a training, the distinct dates a module's lessons were done. */
  days: number;
  /** Sessions held (coaching, mentoring…). */
  sessions: number;
  international: boolean;
  /** The most the activity earns, whatever the rule gives (a module: its stated JP). */
  maxJp?: number | null;
}

/** What the employee already has for the same form: on the activity's last day, and in its month. */
export interface AlreadyCredited {
  jpOnDay: number;
  sessionsInMonth: number;
}

export interface Credit {
  jp: number;
  /** Sessions that counted (after the monthly cap). */
  sessions: number;
  /** Why this many JP, for the learner and the auditor. */
  note: string;
}

/** Forms whose JP a module can credit by itself, from the JP it states: curriculum or actual JP, no learning report. */
export const MODULE_CREDIT_MODES: readonly CreditMode[] = [CreditMode.CURRICULUM, CreditMode.ACTUAL];

/** Whether a module may have this form of learning: its rule credits the module's stated JP and needs no report. */
export function fitsModules(form: CreditRule & { requiresReport?: boolean }): boolean {
  return MODULE_CREDIT_MODES.includes(form.creditMode) && !form.requiresReport;
}

/** JP are kept to one decimal, rounded half up, per record; totals add the rounded records. */
export function roundJp(jp: number): number {
  return Math.round(jp * 10 + 1e-9) / 10;
}

/**
 * The JP an activity earns, by the form's rule (DOMAIN.md, PerLAN 10/2018):
 * - CURRICULUM: the stated JP (else actual minutes / minutes-per-JP);
 * - ACTUAL: actual minutes / minutes-per-JP (or the stated JP of a module);
 * - PER_DAY: the value per day × days; PER_ACTIVITY: the value once;
 * - PER_SESSION: the value per session, for at most `maxSessionsPerMonth` sessions a month;
 * - AS_APPROVED: the JP the approver gives.
 * Then a daily cap (`maxJpPerDay` × days, less what that day already holds for the form), then
 * the activity's own ceiling (`maxJp`, a module's stated JP), then the international bonus, then
 * rounding to one decimal.
 */
export function creditJp(rule: CreditRule, activity: Activity, already: AlreadyCredited, settings: CreditSettings): Credit {
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
      jp = value * activity.days;
      notes.push(`${value} JP/day × ${activity.days} day(s)`);
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
  if (rule.maxJpPerDay != null) {
    const cap = Math.max(0, rule.maxJpPerDay * activity.days - already.jpOnDay);
    if (jp > cap) {
      notes.push(`capped at ${rule.maxJpPerDay} JP/day${already.jpOnDay ? ` (${already.jpOnDay} JP already that day)` : ''}`);
      jp = cap;
    }
  }
  if (activity.maxJp != null && jp > activity.maxJp) {
    notes.push(`at most the ${activity.maxJp} JP stated`);
    jp = activity.maxJp;
  }
  if (activity.international && settings.internationalBonusPercent) {
    jp *= 1 + settings.internationalBonusPercent / 100;
    notes.push(`+${settings.internationalBonusPercent}% international`);
  }
  return { jp: roundJp(jp), sessions, note: notes.join('; ') };
}
