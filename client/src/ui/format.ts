import { floorJp } from '@komunitas-pintar/domain';
import i18n from 'i18next';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

/**
 * A formatter made once per language, on first use: building one costs far more than using it,
 * and a table formats several values per row.
 */
function perLanguage<F>(make: (lang: string) => F): (lang?: string) => F {
  const made = new Map<string, F>();
  return (lang = locale()) => {
    let format = made.get(lang);
    if (!format) made.set(lang, (format = make(lang)));
    return format;
  };
}

const dateOf = (options: Intl.DateTimeFormatOptions) => perLanguage((lang) => new Intl.DateTimeFormat(lang, options));
const shortDate = dateOf({ day: 'numeric', month: 'short', year: 'numeric' });
const dateWithDay = dateOf({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const shortMonth = dateOf({ month: 'short', year: 'numeric' });
const longMonthName = dateOf({ month: 'long' });
const dateTime = dateOf({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const rupiah = perLanguage((lang) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }));

/** Numbers with a fixed count of decimals, by that count. */
const fixedDecimals = new Map<number, (lang?: string) => Intl.NumberFormat>();
function numberWith(digits: number): Intl.NumberFormat {
  let format = fixedDecimals.get(digits);
  if (!format) {
    format = perLanguage((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }));
    fixedDecimals.set(digits, format);
  }
  return format();
}

/** Dates as people read them: 28 Nov 2026. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
  return shortDate().format(date);
}

/** A date with its day of the week: Sen, 16 Mar 2026. */
export function formatDateWithDay(value: string): string {
  return dateWithDay().format(new Date(`${value}T00:00:00`));
}

/** A month given as YYYY-MM: Mar 2019. */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return '–';
  return shortMonth().format(new Date(`${value}-01T00:00:00`));
}

/** January … December in the user's language, for a month 1–12. */
export function monthName(month: number): string {
  return longMonthName().format(new Date(2000, month - 1, 1));
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '–';
  return dateTime().format(typeof value === 'string' ? new Date(value) : value);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function formatNumber(value: number, digits = 0): string {
  return numberWith(digits).format(value);
}

/**
 * JP always with one decimal, as on the learning record: "2,0 JP", or "2,0" with `{ unit: false }`.
 * Never rounded up: the server keeps JP to one decimal, and a figure the client adds up (19,95)
 * shows as 19,9, never as 20,0.
 */
export function formatJp(value: number, { unit = true }: { unit?: boolean } = {}): string {
  const text = formatNumber(floorJp(value), 1);
  return unit ? `${text} JP` : text;
}

/** Rp 1.500.000 */
export function formatRupiah(value: number): string {
  return rupiah('id-ID').format(value);
}

/** A number as typed, with a decimal comma or point ("2,5"); null when empty or not a number. */
export function parseDecimal(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) ? value : null;
}

/** A NIP grouped the way it is printed: 19920315 201903 2 001. */
export function formatNip(nip: string): string {
  return nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/** File sizes: 340 KB, 1,2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
