import i18n from '../app/i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

/** Dates as people read them: 28 Nov 2026. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** A month given as YYYY-MM: Mar 2019. */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric' }).format(new Date(`${value}-01T00:00:00`));
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    typeof value === 'string' ? new Date(value) : value,
  );
}

export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A NIP grouped the way it is printed: 19920315 201903 2 001. */
export function formatNip(nip: string): string {
  return nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}
