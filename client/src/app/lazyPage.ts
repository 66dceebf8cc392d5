import { type ComponentType, lazy } from 'react';
import type { LazyComponent } from './manifest';

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
 * A component loaded on demand: its code (and what only it imports) is a chunk of its own,
 * fetched when it is first rendered or when `preload()` is called. `name` is the named export.
 */
export function lazyPart<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K): LazyComponent {
  let loading: Promise<{ default: M[K] }> | undefined;
  const get = () => (loading ??= load().then((module) => ({ default: module[name] }), reloadOnce));
  return Object.assign(lazy(get), {
    preload() {
      get().catch(() => undefined);
    },
  }) as unknown as LazyComponent;
}

/** A page loaded on demand (see `lazyPart`). */
export const lazyPage = lazyPart;
