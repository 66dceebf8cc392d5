import i18n from '../../../app/i18n';
import { formatNumber } from '../../../ui/format';

/** Expected minutes of learning: 45 menit, 1 j 30 mnt. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return i18n.t('learning.minutes', { count: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? i18n.t('learning.hoursMinutes', { h, m }) : i18n.t('learning.hours', { count: h });
}

/** File sizes: 340 KB, 1,2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
