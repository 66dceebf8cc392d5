/*
 * What this browser remembers for the start page's early fetch (`preloadOpenedPage` in App.tsx):
 * until when the session a login opened here lasts (the session cookie is out of the page's reach),
 * and the cards the start page showed its user (written by the start page).
 */
const ENDS = 'kp.sessionEnds';
export const START_CARDS = 'kp.startCards';

/** A login here opened a session until `expiresAt`, its user's cards not shown yet; none forgets the session (logout). */
export function rememberSession(expiresAt = ''): void {
  localStorage.removeItem(START_CARDS);
  localStorage.setItem(ENDS, expiresAt);
}

/** Whether a session a login opened in this browser still lasts (it may have been ended elsewhere since). */
export function sessionRemembered(): boolean {
  return Date.parse(localStorage.getItem(ENDS)!) > Date.now();
}

/** The ids of the cards the start page showed while the session opened here lasts; none when this browser cannot tell. */
export function rememberedStartCards(): string[] {
  return sessionRemembered() ? (localStorage.getItem(START_CARDS)?.split(',') ?? []) : [];
}
