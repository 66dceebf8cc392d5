import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Answers read from the database kept in memory, by key, for at most `ttlMs` each. A change written
 * in this process calls `forget()`, which starts a new generation: nothing read before the change
 * is answered after it, and a read that began before it is not kept (`keep` with the generation
 * taken when the read began). A change made by another process of the same database is seen
 * within `ttlMs`.
 */
export class HeldReads<K, V> {
  private current = 0;
  private readonly entries = new Map<K, { value: V; readAt: number; generation: number }>();

  constructor(
    private readonly ttlMs: number,
    /** Entries kept at most; past it the oldest half is dropped. */
    private readonly maxEntries = 10_000,
  ) {}

  /** The generation a read about to begin belongs to: pass it to `keep`. */
  get generation(): number {
    return this.current;
  }

  /** The value kept for `key`, if it was read in this generation less than `ttlMs` before `now`. */
  get(key: K, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation === this.current && now >= entry.readAt && now - entry.readAt < this.ttlMs) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps a value read at `readAt` by a read begun in `generation` (not kept if a change came since). */
  keep(key: K, value: V, readAt: number, generation = this.current): void {
    if (generation !== this.current) return;
    if (this.entries.size >= this.maxEntries) {
      let drop = this.entries.size / 2;
      for (const old of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(old);
      }
    }
    this.entries.set(key, { value, readAt, generation });
  }

  /** Drops `key`'s entry, if it still holds `value`. */
  drop(key: K, value: V): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key);
  }

  /**
   * The value of `key`, from memory or else from `load`, whose promise is kept at once so that
   * concurrent callers share one read; a failed read is not kept.
   */
  read<T>(this: HeldReads<K, Promise<T>>, key: K, now: number, load: () => Promise<T>): Promise<T> {
    const held = this.get(key, now);
    if (held) return held;
    const loading = load();
    this.keep(key, loading, now);
    loading.catch(() => this.drop(key, loading));
    return loading;
  }

  /** Forgets everything: call once a change is written. */
  forget(): void {
    this.current++;
    this.entries.clear();
  }
}

/**
 * State kept per database, made on first use: the EntityManagers of one ORM share their driver, so
 * the forks of one request and of concurrent requests find the same state, and tests with their own
 * database their own.
 */
export function perDatabase<T>(create: () => T): (em: EntityManager) => T {
  const states = new WeakMap<object, T>();
  return (em) => {
    const key = em.getDriver();
    let state = states.get(key);
    if (!state) states.set(key, (state = create()));
    return state;
  };
}
