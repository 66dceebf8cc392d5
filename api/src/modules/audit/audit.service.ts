import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecordInput {
  /** Dotted code of the act: `<module>.<noun>.<verb>`, e.g. `committee.history.read`. */
  action: string;
  /** Kind of record acted on, e.g. `Employee`. */
  subjectType: string;
  subjectId?: string | null;
  /** The employee concerned, if one. */
  employeeId?: string | null;
  /** Why, where the act requires a stated purpose. */
  purpose?: string | null;
  /** JSON-serialisable facts worth keeping (filters, listed ids, before/after). */
  details?: Record<string, unknown> | null;
}

/**
 * The audit trail. Usage, inside any command or read that must leave a trace:
 *
 *   new AuditService(clock).record(em, actor, { action: 'certificate.revoke', subjectType: 'Certificate',
 *     subjectId: cert.id, employeeId: cert.employee.id, details: { reason } });
 *
 * `record` only persists the entry on the given EntityManager and never flushes: the entry is
 * written by the caller's flush, in the caller's transaction, so it commits or rolls back with
 * the act it records. A read that must be audited flushes once itself (or runs in
 * `em.transactional`). `actor` null means the system acted.
 */
export class AuditService {
  constructor(private readonly clock: Clock) {}

  record(em: EntityManager, actor: Actor | null, input: AuditRecordInput): AuditEntry {
    const entry = em.create(AuditEntry, {
      at: this.clock.now(),
      actorUserId: actor?.userId ?? null,
      actorName: actor?.username ?? 'system',
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId ?? null,
      employeeId: input.employeeId ?? null,
      purpose: input.purpose ?? null,
      details: input.details ?? null,
    });
    em.persist(entry);
    return entry;
  }
}
