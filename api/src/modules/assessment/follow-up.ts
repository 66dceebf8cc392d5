/**
 * Kirkpatrick level 3: whether a competency learned in a module is applied at work, asked of the
 * employee's supervisor some months after the employee completed the module. Pure: dates come in.
 */

/** Months after completion before the supervisor is asked. */
export const FOLLOW_UP_MONTHS = 3;

/**
 * Months a follow-up stays asked once due. After that it lapses unanswered: a supervisor asked about
 * learning of long ago answers from memory, and a list that never loses an item only grows.
 */
export const FOLLOW_UP_OPEN_MONTHS = 3;

/**
 * The local date (YYYY-MM-DD) from which a module completed on `completedOn` is followed up: the
 * same day `months` later, or that month's last day when it is shorter (30 November → 28 February).
 */
export function followUpDueOn(completedOn: string, months: number = FOLLOW_UP_MONTHS): string {
  const [y, m, d] = completedOn.split('-').map(Number);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local date from which a follow-up of a module completed on `completedOn` is no longer asked. */
export function followUpClosesOn(completedOn: string): string {
  return followUpDueOn(completedOn, FOLLOW_UP_MONTHS + FOLLOW_UP_OPEN_MONTHS);
}
