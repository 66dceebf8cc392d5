import { parse } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'kp_session';

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, expires: expiresAt, path: '/' });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Whether the request's session comes from the cookie (which a browser sends by itself), not a bearer header. */
export function sessionFromCookie(req: Request): boolean {
  if (req.get('authorization')) return false;
  const cookies = req.get('cookie');
  return !!cookies && !!parse(cookies)[SESSION_COOKIE];
}

/** The session token from `Authorization: Bearer …`, else from the httpOnly cookie. */
export function readSessionToken(req: Request): string | null {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  const cookies = req.get('cookie');
  return cookies ? (parse(cookies)[SESSION_COOKIE] ?? null) : null;
}
