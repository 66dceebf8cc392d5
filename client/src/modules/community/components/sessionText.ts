import { formatDateTime } from '../../../ui/format';

/** "5 Des 2026 13.00–15.00" (the end's time only when on the same day). */
export function timeRange(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(end);
  return `${formatDateTime(startsAt)}–${sameDay ? time : formatDateTime(endsAt)}`;
}

/** Six digits as two groups of three, easier to read off a screen: "123 456". */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The time of day of an instant: "14.37". */
export function timeOf(instant: string): string {
  return new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}
