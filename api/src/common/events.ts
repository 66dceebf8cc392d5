import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './actor';
import type { Clock } from './dates';

/**
 * Domain events between modules that must not import each other.
 *
 * A module low in the graph (or beside another) emits a fact; the module that cares registers
 * a handler at start-up. Handlers run synchronously inside the emitter's transaction, with its
 * EntityManager, so a failure in a handler rolls the whole command back: nothing half-done.
 *
 * Add an event by adding its payload to `DomainEvents` here: the payload is the contract.
 */
export interface DomainEvents {
  /**
   * A member finished a smart community group (emitted by community when a group completes,
   * once per member who met the completion rule). The certificate module issues the
   * member's certificate from it.
   */
  groupMemberCompleted: {
    groupId: string;
    employeeId: string;
    /** The JP ledger record the group's attended time was credited to, if any. */
    learningRecordId: string | null;
    completedAt: Date;
    /** Final score 0–100 where the group assessed its members, else null. */
    score: number | null;
  };
  /**
   * A smart community group completed (emitted by community once per group, after
   * `groupMemberCompleted` for each of its completed members). A completed group changes no more:
   * the assessment module keeps what it needs for the group's evaluation and learning gain.
   */
  groupCompleted: {
    groupId: string;
    name: string;
    /** The employees who led the group and monitored it (pengawas kelompok). */
    groupTrainerId: string;
    groupMonitorId: string;
    /** The members active when it completed, whatever result the trainer proposed for them. */
    participantIds: string[];
    /** The course module versions the group learned from (its optional material). */
    materialModuleIds: string[];
    completedAt: Date;
  };
  /**
   * A learner completed a course module (emitted by learning when the last required lesson is
   * done). The certificate module issues a certificate when the module is certifying.
   */
  moduleCompleted: {
    moduleId: string;
    employeeId: string;
    /** The JP ledger record holding the module's JP: this version's, or the earlier version's that was credited. */
    learningRecordId: string;
    completedAt: Date;
    /** The module is marked as earning a registered certificate. */
    certifying: boolean;
    /** The competencies the module develops, with the level it aims at. */
    competencies: { name: string; level: number | null }[];
  };
  /**
   * Employees were added to the regency (by hand or by import), emitted by organisation before
   * its flush. Identity gives each one a learner account that logs in by NIP.
   */
  employeesCreated: {
    employees: { id: string; nip: string; name: string }[];
    /** Who added them; null for the system. */
    actor: Actor | null;
  };
  /**
   * Employees left the regency's active staff (marked inactive), emitted by organisation before
   * its flush. Identity disables their accounts and ends their sessions.
   */
  employeesDeactivated: {
    employeeIds: string[];
    actor: Actor | null;
  };
}

export type DomainEventName = keyof DomainEvents;

/** What a handler receives besides the payload: the emitter's transaction and clock. */
export interface EventContext {
  em: EntityManager;
  clock: Clock;
}

type Handler<N extends DomainEventName> = (payload: DomainEvents[N], ctx: EventContext) => Promise<void> | void;

const handlers = new Map<DomainEventName, Handler<DomainEventName>[]>();

/** Registers a handler; modules call this from their start-up registration, never per request. */
export function onDomainEvent<N extends DomainEventName>(name: N, handler: Handler<N>): void {
  const list = handlers.get(name) ?? [];
  list.push(handler as unknown as Handler<DomainEventName>);
  handlers.set(name, list);
}

/** Runs every handler of the event in registration order, inside the caller's transaction. */
export async function emitDomainEvent<N extends DomainEventName>(name: N, payload: DomainEvents[N], ctx: EventContext): Promise<void> {
  for (const handler of handlers.get(name) ?? []) {
    await handler(payload, ctx);
  }
}
