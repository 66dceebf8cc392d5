import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';

/**
 * The sessions of recent requests, kept in memory for at most `SESSION_CACHE_MS`, so that a burst
 * of requests with one token looks its session up once. A session ended or an account changed
 * in this process is forgotten at once (`forgetCachedSessions`); one ended by another process
 * stops working within `SESSION_CACHE_MS`.
 *
 * An entry remembers the generation it was read in; forgetting starts a new generation, so an
 * answer read from the database before a change is never kept after it.
 */
export const SESSION_CACHE_MS = 1000;
/** Entries kept at most per database; past it the oldest half is dropped. */
const MAX_ENTRIES = 10_000;

export interface CachedSession {
  actor: Readonly<Actor>;
  sessionId: string;
  /** When the session itself ends. */
  expiresAt: Date;
  /** When the entry was read (ms); it answers until `readAt + SESSION_CACHE_MS`. */
  readAt: number;
  generation: number;
}

interface Cache {
  generation: number;
  entries: Map<string, CachedSession>;
}

/** One cache per database (the EntityManagers of one ORM share their driver). */
const caches = new WeakMap<object, Cache>();

function cacheOf(em: EntityManager): Cache {
  const key = em.getDriver();
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = { generation: 0, entries: new Map() }));
  return cache;
}

/** The generation to pass to `rememberSession` for an answer about to be read. */
export function sessionGeneration(em: EntityManager): number {
  return cacheOf(em).generation;
}

/** The cached session of a token hash, if it is fresh and still running at `now` (ms). */
export function cachedSession(em: EntityManager, tokenHash: string, now: number): CachedSession | null {
  const cache = cacheOf(em);
  const entry = cache.entries.get(tokenHash);
  if (!entry) return null;
  const fresh = entry.generation === cache.generation && now >= entry.readAt && now - entry.readAt < SESSION_CACHE_MS;
  if (!fresh || entry.expiresAt.getTime() <= now) {
    cache.entries.delete(tokenHash);
    return null;
  }
  return entry;
}

/** Keeps a session read from the database at `readAt` in generation `generation` (dropped if a change came since). */
export function rememberSession(em: EntityManager, tokenHash: string, entry: CachedSession): void {
  const cache = cacheOf(em);
  if (entry.generation !== cache.generation) return;
  if (cache.entries.size >= MAX_ENTRIES) {
    let drop = cache.entries.size / 2;
    for (const key of cache.entries.keys()) {
      if (drop-- <= 0) break;
      cache.entries.delete(key);
    }
  }
  cache.entries.set(tokenHash, { ...entry, actor: Object.freeze({ ...entry.actor, roles: [...entry.actor.roles] }) });
}

/**
 * Forgets every cached session of this database: call after a session is ended or an account
 * changes (roles, active, password), once the change is written.
 */
export function forgetCachedSessions(em: EntityManager): void {
  const cache = cacheOf(em);
  cache.generation++;
  cache.entries.clear();
}
