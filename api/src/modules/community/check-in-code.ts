import { createHmac, randomBytes } from 'node:crypto';
import { COMMUNITY_LIMITS } from '@komunitas-pintar/domain';

/** Seconds into a new minute during which the previous minute's code is still taken. */
export const CODE_GRACE_SECONDS = 20;

/** A new secret for a session's codes. */
export function newCodeSecret(): string {
  return randomBytes(32).toString('hex');
}

/** The minute (since the epoch, of `codeSeconds` seconds) an instant falls in. */
export function codeWindow(at: Date): number {
  return Math.floor(at.getTime() / (COMMUNITY_LIMITS.codeSeconds * 1000));
}

/** The code of one session in one minute: six digits from an HMAC of the session and the minute. */
export function codeFor(secret: string, sessionId: string, window: number): string {
  const digest = createHmac('sha256', secret).update(`${sessionId}:${window}`).digest();
  const n = digest.readUInt32BE(0) % 10 ** COMMUNITY_LIMITS.codeDigits;
  return String(n).padStart(COMMUNITY_LIMITS.codeDigits, '0');
}

export type CodeCheck = 'VALID' | 'EXPIRED' | 'WRONG';

/**
 * Whether `code` is the session's code now: this minute's, or the last minute's within the grace.
 * A code of the session from the last ten minutes is EXPIRED (the member was too slow); anything
 * else is WRONG (another session's code, or a typo).
 */
export function checkCode(secret: string, sessionId: string, code: string, now: Date): CodeCheck {
  const window = codeWindow(now);
  const intoMinute = (now.getTime() / 1000) % COMMUNITY_LIMITS.codeSeconds;
  if (code === codeFor(secret, sessionId, window)) return 'VALID';
  if (code === codeFor(secret, sessionId, window - 1)) return intoMinute < CODE_GRACE_SECONDS ? 'VALID' : 'EXPIRED';
  for (let back = 2; back <= 10; back++) if (code === codeFor(secret, sessionId, window - back)) return 'EXPIRED';
  return 'WRONG';
}

/** When the code shown at `now` stops being shown (the next minute starts). */
export function codeShownUntil(now: Date): Date {
  return new Date((codeWindow(now) + 1) * COMMUNITY_LIMITS.codeSeconds * 1000);
}

/** Metres between two points on the earth (haversine). */
export function distanceMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 6_371_000;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * R * Math.asin(Math.sqrt(h)));
}

/**
 * Minutes a member attended: the overlap of check-in..check-out (check-out defaults to the
 * session's end) with the session's window, in whole minutes.
 */
export function attendedMinutes(
  session: { startsAt: Date; endsAt: Date },
  attendance: { checkInAt: Date; checkOutAt?: Date | null },
): number {
  const from = Math.max(session.startsAt.getTime(), attendance.checkInAt.getTime());
  const to = Math.min(session.endsAt.getTime(), (attendance.checkOutAt ?? session.endsAt).getTime());
  return to > from ? Math.floor((to - from) / 60_000) : 0;
}
