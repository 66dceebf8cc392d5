import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './dates';

interface Stamped {
  createdAt?: Date;
  updatedAt?: Date;
}

/**
 * Stamps `createdAt` and `updatedAt` from a clock when a row is inserted or changed. The ORM
 * registers one with the system clock; `withClock` gives an EntityManager its own, so a request,
 * a test or the demo seed decides what time it is. The stamps registered last on an
 * EntityManager win (transactions inherit them).
 */
export class ClockStamps implements EventSubscriber {
  constructor(readonly clock: Clock) {}

  private active(em: EntityManager | undefined): boolean {
    if (!em) return true;
    let last: ClockStamps | undefined;
    for (const subscriber of em.getEventManager().getSubscribers()) if (subscriber instanceof ClockStamps) last = subscriber;
    return last === this;
  }

  beforeCreate(args: EventArgs<unknown>): void {
    if (!this.active(args.em as EntityManager)) return;
    const entity = args.entity as Stamped;
    const props = args.meta.properties as Record<string, unknown>;
    const now = this.clock.now();
    if (props.createdAt) entity.createdAt = now;
    if (props.updatedAt) entity.updatedAt = now;
  }

  beforeUpdate(args: EventArgs<unknown>): void {
    if (!this.active(args.em as EntityManager)) return;
    if ((args.meta.properties as Record<string, unknown>).updatedAt) (args.entity as Stamped).updatedAt = this.clock.now();
  }
}

/**
 * The time `em`'s inserts and updates are stamped with now, for a row written in plain SQL: the
 * clock of the stamps registered last on it (every EntityManager of the ORM has one).
 */
export function stampTime(em: EntityManager): Date {
  let last: ClockStamps | undefined;
  for (const subscriber of em.getEventManager().getSubscribers()) if (subscriber instanceof ClockStamps) last = subscriber;
  if (!last) throw new Error('No clock stamps are registered on this EntityManager');
  return last.clock.now();
}

/** A fork of `em` whose inserts and updates are stamped by `clock`. */
export function withClock(em: EntityManager, clock: Clock): EntityManager {
  const fork = em.fork({ cloneEventManager: true });
  fork.getEventManager().registerSubscriber(new ClockStamps(clock));
  return fork;
}

/**
 * What an EntityManager of a request answers without a fork of its own: the database it talks
 * to. (A fork not yet made is in no transaction.)
 */
const UNFORKED: Partial<Record<PropertyKey, (root: EntityManager) => unknown>> = {
  getConnection: (root) => root.getConnection.bind(root),
  getDriver: (root) => root.getDriver.bind(root),
  getTransactionContext: () => () => undefined,
};

/**
 * `withClock(em, clock)` made on first use: a request whose answers are read in plain SQL
 * (`readRows`) and whose session is in memory forks no EntityManager, no unit of work, no
 * identity map. Anything else asked of it makes the fork once and is answered by it.
 */
export function withClockOnFirstUse(em: EntityManager, clock: Clock): EntityManager {
  let fork: EntityManager | undefined;
  const real = () => (fork ??= withClock(em, clock));
  return new Proxy(em, {
    get(_target, key) {
      if (!fork) {
        const unforked = UNFORKED[key];
        if (unforked) return unforked(em);
      }
      const target = real();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(_target, key, value) {
      return Reflect.set(real(), key, value);
    },
    has(_target, key) {
      return Reflect.has(real(), key);
    },
  });
}
