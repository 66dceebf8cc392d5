import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan } from '../../common/errors';
import { containsPattern } from '../../common/text';
import type { Page, PageInput } from '../../common/paging';
import { randomUUID } from 'node:crypto';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogFilter } from './audit.inputs';
import { auditPolicy } from './audit.policy';
import type { AuditLogEntry, RecordView } from './audit.types';

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

  /**
   * The same entry as an `insert` for a read that writes its trail in the statement that reads (as a
   * data-modifying `with` part), so the entry is written exactly when the rows are read. `bind` adds a
   * value to the statement's bindings and answers its placeholder; `moreDetails`, a SQL `jsonb`
   * expression of that statement (e.g. the ids it selected), is merged into the details.
   */
  insertSql(actor: Actor | null, input: AuditRecordInput, bind: (value: unknown) => string, moreDetails = `'{}'::jsonb`): string {
    const value = (v: unknown, type: string) => `${bind(v)}::${type}`;
    return `insert into audit_entry (id, at, actor_user_id, actor_name, action, subject_type, subject_id, employee_id, purpose, details)
    select ${value(randomUUID(), 'uuid')}, ${value(this.clock.now(), 'timestamptz')}, ${value(actor?.userId ?? null, 'uuid')},
      ${value(actor?.username ?? 'system', 'text')}, ${value(input.action, 'text')}, ${value(input.subjectType, 'text')},
      ${value(input.subjectId ?? null, 'text')}, ${value(input.employeeId ?? null, 'uuid')}, ${value(input.purpose ?? null, 'text')},
      ${value(JSON.stringify(input.details ?? {}), 'jsonb')} || ${moreDetails}`;
  }
}

/** Acts that show someone's history to another person: reads and exports. */
const VIEW_ACTIONS = ['%.read', '%.export'];

function logEntry(e: AuditEntry): AuditLogEntry {
  return {
    id: e.id,
    at: e.at,
    actorName: e.actorName,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId ?? null,
    employeeId: e.employeeId ?? null,
    purpose: e.purpose ?? null,
    detailsJson: e.details ? JSON.stringify(e.details) : null,
  };
}

/** Reading the audit trail: administrators browse it all, employees see who looked at their history. */
export class AuditLogService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** One page of the log, newest first, filtered by act, actor, employee, purpose and local days. */
  async browse(actor: Actor, filter: AuditLogFilter, page: PageInput): Promise<Page<AuditLogEntry>> {
    assertCan(auditPolicy.browse(actor), 'Only administrators browse the audit log');
    const qb = this.em.createQueryBuilder(AuditEntry, 'a');
    const action = filter.action?.trim();
    if (action) qb.andWhere(action.endsWith('.') ? { action: { $like: `${action}%` } } : { action });
    if (filter.actor?.trim()) qb.andWhere({ actorName: { $ilike: containsPattern(filter.actor.trim()) } });
    if (filter.employeeId) qb.andWhere({ employeeId: filter.employeeId });
    if (filter.purpose?.trim()) qb.andWhere({ purpose: { $ilike: containsPattern(filter.purpose.trim()) } });
    if (filter.from) qb.andWhere('(a.at at time zone ?)::date >= ?::date', [this.clock.timeZone, filter.from]);
    if (filter.to) qb.andWhere('(a.at at time zone ?)::date <= ?::date', [this.clock.timeZone, filter.to]);
    qb.orderBy({ at: 'desc', id: 'asc' }).offset(page.offset).limit(page.limit);
    const [entries, total] = await qb.getResultAndCount();
    return { items: entries.map(logEntry), total, offset: page.offset, limit: page.limit };
  }

  /** The act codes the log holds, for the filter's choices. */
  async actions(actor: Actor): Promise<string[]> {
    assertCan(auditPolicy.browse(actor), 'Only administrators browse the audit log');
    const rows = await this.em
      .getConnection()
      .execute<{ action: string }[]>('select distinct action from audit_entry order by action', [], 'all');
    return rows.map((r) => r.action);
  }

  /** Who read or exported the viewer's own history, newest first. */
  async viewsOfMine(actor: Actor, page: PageInput): Promise<Page<RecordView>> {
    assertCan(auditPolicy.ownViews(actor), 'Only employees have a history others may read');
    const [entries, total] = await this.em.findAndCount(
      AuditEntry,
      { employeeId: actor.employeeId, $or: VIEW_ACTIONS.map((like) => ({ action: { $like: like } })) },
      { orderBy: { at: 'desc', id: 'asc' }, offset: page.offset, limit: page.limit },
    );
    return {
      items: entries.map((e) => ({ id: e.id, at: e.at, actorName: e.actorName, action: e.action, purpose: e.purpose ?? null })),
      total,
      offset: page.offset,
      limit: page.limit,
    };
  }
}
