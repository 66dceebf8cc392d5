import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { HeldReads, perDatabase } from '../../common/held-reads';

/**
 * The sessions of recent requests, kept in memory for at most `SESSION_CACHE_MS`, so that a burst
 * of requests with one token looks its session up once. A session ended or an account changed
 * in this process is forgotten at once (`forgetCachedSessions`); one ended by another process
 * stops working within `SESSION_CACHE_MS`.
 */
export const SESSION_CACHE_MS = 1000;

export interface CachedSession {
  actor: Readonly<Actor>;
  sessionId: string;
  /** When the session itself ends. */
  expiresAt: Date;
}

const sessionsOf = perDatabase(() => new HeldReads<string, CachedSession>(SESSION_CACHE_MS));

/** The generation to pass to `rememberSession` for an answer about to be read. */
export function sessionGeneration(em: EntityManager): number {
  return sessionsOf(em).generation;
}

/** The cached session of a token hash, if it is fresh and still running at `now` (ms). */
export function cachedSession(em: EntityManager, tokenHash: string, now: number): CachedSession | null {
  const sessions = sessionsOf(em);
  const entry = sessions.get(tokenHash, now);
  if (!entry) return null;
  if (entry.expiresAt.getTime() <= now) {
    sessions.drop(tokenHash, entry);
    return null;
  }
  return entry;
}

/** Keeps a session read from the database at `readAt` in generation `generation` (dropped if a change came since). */
export function rememberSession(em: EntityManager, tokenHash: string, entry: CachedSession, readAt: number, generation: number): void {
  const kept = { ...entry, actor: Object.freeze({ ...entry.actor, roles: [...entry.actor.roles] }) };
  sessionsOf(em).keep(tokenHash, kept, readAt, generation);
}

const lookupsOf = perDatabase(() => new Map<string, { generation: number; answer: Promise<CachedSession | null> }>());

/**
 * The session of a token hash read by `load`, shared by the requests that ask while one read is
 * under way (so a burst of requests whose cached second has run out reads it once, not once each).
 * A request that begins after a change (`forgetCachedSessions`) does not join a read begun before.
 */
export function sharedSessionLookup(
  em: EntityManager,
  tokenHash: string,
  load: () => Promise<CachedSession | null>,
): Promise<CachedSession | null> {
  const lookups = lookupsOf(em);
  const generation = sessionGeneration(em);
  const running = lookups.get(tokenHash);
  if (running && running.generation === generation) return running.answer;
  const entry = { generation, answer: load() };
  lookups.set(tokenHash, entry);
  const done = () => {
    if (lookups.get(tokenHash) === entry) lookups.delete(tokenHash);
  };
  entry.answer.then(done, done);
  return entry.answer;
}

/**
 * Forgets every cached session of this database: call after a session is ended or an account
 * changes (roles, active, password), once the change is written.
 */
export function forgetCachedSessions(em: EntityManager): void {
  sessionsOf(em).forget();
}
