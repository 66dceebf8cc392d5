import i18n from 'i18next';

/** Expected minutes of learning: 45 menit, 1 j 30 mnt. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return i18n.t('learning.minutes', { count: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? i18n.t('learning.hoursMinutes', { h, m }) : i18n.t('learning.hours', { count: h });
}
