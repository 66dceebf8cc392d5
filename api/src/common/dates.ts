/** Calendar dates as the regency lives them (Asia/Jakarta by default), not as UTC has them. */

/** A formatter per time zone, made once: making one costs far more than formatting with it. */
function formatterPerZone(locale: string, options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let f = made.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      made.set(timeZone, f);
    }
    return f;
  };
}

const dateFormatter = formatterPerZone('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return dateFormatter(timeZone).format(instant);
}

const dateTimeFormatter = formatterPerZone('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * An instant as an Indonesian reader writes it in a time zone, date and time ("7 Des 2026, 08.15"):
 * the "made at" line of exported files.
 */
export function localDateTime(instant: Date, timeZone: string): string {
  return dateTimeFormatter(timeZone).format(instant);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** YYYY-MM of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first day of the month after `month` (YYYY-MM). */
export function nextMonthStart(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Every date from `start` to `end` inclusive (YYYY-MM-DD). */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  while (d <= last) {
    days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

/** Saturday or Sunday (a YYYY-MM-DD date). */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Whether a text is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Where services read the time: the system clock in production, a fixed one in tests. */
export interface Clock {
  now(): Date;
  /** Today's local date (YYYY-MM-DD). */
  today(): string;
  timeZone: string;
}

export function systemClock(timeZone: string = DEFAULT_TIME_ZONE): Clock {
  // Every time zone is offset from UTC by whole quarter hours, so a local date never changes inside
  // a UTC minute: today's date is formatted once a minute, not on every request that asks.
  let minute = Number.NaN;
  let date = '';
  const today = () => {
    const now = Date.now();
    const thisMinute = Math.floor(now / 60_000);
    if (thisMinute !== minute) {
      minute = thisMinute;
      date = localDate(new Date(now), timeZone);
    }
    return date;
  };
  return { now: () => new Date(), today, timeZone };
}

export function fixedClock(instant: string | Date, timeZone: string = DEFAULT_TIME_ZONE): Clock {
  const at = new Date(instant);
  return { now: () => new Date(at), today: () => localDate(at, timeZone), timeZone };
}
