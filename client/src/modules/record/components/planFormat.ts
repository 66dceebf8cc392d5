import i18n from '../../../app/i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

/** January … December in the user's language, for a month 1–12. */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat(locale(), { month: 'long' }).format(new Date(2000, month - 1, 1));
}

/** Rp 1.500.000 */
export function formatRupiah(value: number): string {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}

/** JP with at most one decimal: 32 JP, 2,5 JP. */
export function formatJp(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
}

export function settingValue(settings: { key: string; value: number }[] | undefined, key: string, fallback: number): number {
  return settings?.find((s) => s.key === key)?.value ?? fallback;
}

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
