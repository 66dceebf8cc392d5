import { type ComponentType, lazy } from 'react';

const RELOADED_AT = 'kp.reloadedForChunk';

/**
 * A page's code failed to arrive. After a release, a tab still open asks for chunks that no
 * longer exist: loading the page afresh brings the new version. Once a minute at most, so a
 * server that is down does not make the page reload in a loop.
 */
function reloadOnce(error: unknown): never {
  const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (Date.now() - last > 60_000) {
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    window.location.reload();
  }
  throw error;
}

/**
 * A page loaded on demand: its code (and what only it imports) is a chunk of its own, fetched
 * when the route is first shown. `name` is the page's named export.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] }), reloadOnce));
}
