import type { IncomingMessage } from 'node:http';
import { parse } from 'cookie';
import type { ResponseCookies } from '../../common/context';

export const SESSION_COOKIE = 'kp_session';

export function setSessionCookie(res: ResponseCookies, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, expires: expiresAt, path: '/' });
}

export function clearSessionCookie(res: ResponseCookies): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

type Headers = Pick<IncomingMessage, 'headers'>;

/** Whether the request's session comes from the cookie (which a browser sends by itself), not a bearer header. */
export function sessionFromCookie(req: Headers): boolean {
  if (req.headers.authorization) return false;
  const cookies = req.headers.cookie;
  return !!cookies && !!parse(cookies)[SESSION_COOKIE];
}

/** The session token from `Authorization: Bearer …`, else from the httpOnly cookie. */
export function readSessionToken(req: Headers): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  const cookies = req.headers.cookie;
  return cookies ? (parse(cookies)[SESSION_COOKIE] ?? null) : null;
}
