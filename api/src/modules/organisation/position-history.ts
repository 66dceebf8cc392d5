import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, type FieldError } from '../../common/errors';
import type { Employee } from './employee.entity';
import type { Opd } from './opd.entity';
import { PositionHeld } from './position-held.entity';
import type { Position } from './position.entity';

/** Where an employee works: a position (or none) in an OPD. */
export interface Placement {
  position: Position | null;
  opd: Opd;
}

/** The records that decide how an employee's next placement is written: the open one and the one before it. */
export interface HeldNow {
  open: PositionHeld | null;
  previous: PositionHeld | null;
}

const NOTHING_HELD: HeldNow = { open: null, previous: null };

/**
 * Locks the rows of the given employees for the caller's transaction, in one statement ordered by
 * id: every write of an employee's placement (a change of position, a SIASN import, a correction of
 * a start) takes it before it reads the employee's records of the positions held, so those writes
 * of one employee run one after the other, also when the employee has no record yet, and two
 * writes of several employees (imports) never wait for each other in a circle. `for no key update`
 * is the lock an update of the row takes: it does not hold up rows of other tables that refer to
 * the employee (their foreign key check takes `for key share`).
 */
export async function lockEmployees(em: EntityManager, employeeIds: readonly string[]): Promise<void> {
  if (!employeeIds.length) return;
  const ids = `{${[...new Set(employeeIds)].join(',')}}`;
  await em.execute('select id from employee where id = any(?::uuid[]) order by id for no key update', [ids]);
}

/**
 * Locks the row of the employee who holds the given record of the positions held, as
 * `lockEmployees` does, in the same statement that finds them by the record; answers their id, or
 * null when there is no such record. The record itself is not locked: once the lock is granted,
 * a write of the employee's placements waited for has committed, and a read begun after it sees
 * whether it replaced the record.
 */
export async function lockEmployeeOf(em: EntityManager, placementId: string): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    'select e.id from employee e join position_held p on p.employee_id = e.id where p.id = ? for no key update of e',
    [placementId],
  );
  return rows[0]?.id ?? null;
}

/**
 * The open and the latest closed record of each of the given employees (those with none are left
 * out), read once the employees are locked (`lockEmployees`) for the caller's transaction: a write
 * of their placements waited for has committed, and this read, a statement begun after it, sees
 * what it wrote.
 */
export async function heldNow(em: EntityManager, employeeIds: readonly string[]): Promise<Map<string, HeldNow>> {
  const result = new Map<string, HeldNow>();
  if (!employeeIds.length) return result;
  await lockEmployees(em, employeeIds);
  const records = await em.find(PositionHeld, { employee: { $in: [...new Set(employeeIds)] } }, { refresh: true });
  for (const record of records) {
    const held = result.get(record.employee.id) ?? { open: null, previous: null };
    if (!record.toDate) held.open = record;
    else if (!held.previous || record.toDate > held.previous.toDate!) held.previous = record;
    result.set(record.employee.id, held);
  }
  return result;
}

function samePlace(record: PositionHeld, placement: Placement): boolean {
  return record.position.id === placement.position?.id && record.opd.id === placement.opd.id;
}

/** True when the placement differs from the open record (a position or OPD changed, or the position was left). */
export function placementChanges(held: HeldNow | undefined, placement: Placement): boolean {
  const open = (held ?? NOTHING_HELD).open;
  return open ? !samePlace(open, placement) : placement.position !== null;
}

/**
 * Why a changed placement cannot begin on `since`, or null. A placement begins no later than
 * today, and not before the open record began (the same day replaces it) nor, with no open record,
 * before the last one ended.
 */
export function placementError(held: HeldNow | undefined, since: string, today: string, field: string): FieldError | null {
  const { open, previous } = held ?? NOTHING_HELD;
  if (since > today) return { field, rule: 'PLACED_IN_FUTURE', message: 'A placement cannot begin after today', params: { today } };
  if (open && since < open.fromDate) {
    return {
      field,
      rule: 'PLACED_BEFORE_CURRENT',
      message: `The current position was taken on ${open.fromDate}; a change cannot begin before it`,
      params: { date: open.fromDate },
    };
  }
  if (!open && previous && since < previous.toDate!) {
    return {
      field,
      rule: 'PLACED_BEFORE_PREVIOUS',
      message: `The last position was held until ${previous.toDate}; a new one cannot begin before it`,
      params: { date: previous.toDate! },
    };
  }
  return null;
}

/**
 * Writes a changed placement beginning on `since` (checked with `placementError`): the open record
 * ends that day and, with a position, the next record opens. A record that would last no day at
 * all (a second change on the day of the first) is replaced, and when the replacement is the
 * placement held just before, that record is open again. Sets the employee's `positionSince`.
 * Nothing is flushed: the caller's unit of work writes it with the employee.
 */
export function writePlacement(
  em: EntityManager,
  employee: Employee,
  held: HeldNow | undefined,
  placement: Placement,
  since: string,
): void {
  const { open, previous } = held ?? NOTHING_HELD;
  let reopened: PositionHeld | null = null;
  if (open && open.fromDate === since) {
    em.remove(open);
    if (previous && previous.toDate === since && samePlace(previous, placement)) reopened = previous;
  } else if (open) {
    open.toDate = since;
  } else if (previous && previous.toDate === since && samePlace(previous, placement)) {
    reopened = previous;
  }
  if (reopened) {
    reopened.toDate = null;
    employee.positionSince = reopened.fromDate;
    return;
  }
  if (placement.position) {
    em.create(PositionHeld, { employee, position: placement.position, opd: placement.opd, fromDate: since, toDate: null });
  }
  employee.positionSince = placement.position ? since : null;
}

/** The positions an employee held, newest first, with their positions and OPDs. */
export function positionHistoryOf(em: EntityManager, employeeId: string): Promise<PositionHeld[]> {
  return em.find(
    PositionHeld,
    { employee: employeeId },
    { populate: ['position', 'opd'], orderBy: { fromDate: 'desc', createdAt: 'desc' } },
  );
}

/** A record of the positions held with the record just before it, as a correction of its start reads them. */
export interface HeldSpan {
  record: PositionHeld;
  /** The record that began last before this one, if any. */
  previous: PositionHeld | null;
}

/** The record and the one before it among the employee's records (`records`: all of them, none overlapping). */
export function heldSpan(records: readonly PositionHeld[], record: PositionHeld): HeldSpan {
  let previous: PositionHeld | null = null;
  for (const other of records) {
    if (other.id !== record.id && other.fromDate < record.fromDate && (!previous || other.fromDate > previous.fromDate)) previous = other;
  }
  return { record, previous };
}

/**
 * The refusal of a correction whose administrator read another start than the record has now
 * (another correction came first): CONFLICT, reason `PLACEMENT_CHANGED`, on the given field with
 * the current start and end, so the client can say what the record reads now.
 */
export function startChangedError(record: PositionHeld, field: string): ConflictError & { fields: FieldError[] } {
  const params: Record<string, string> = { date: record.fromDate, ...(record.toDate && { toDate: record.toDate }) };
  const message = `The position is now recorded as held from ${record.fromDate}: it was changed after you read it`;
  const error = Object.assign(new ConflictError(message), { fields: [{ field, rule: 'START_CHANGED', message, params }] });
  error.extra.reason = 'PLACEMENT_CHANGED';
  return error;
}

/** The previous record ends the day this one begins: moving the start moves that end with it. */
function adjoins(span: HeldSpan): boolean {
  return !!span.previous && span.previous.toDate === span.record.fromDate;
}

/**
 * Why a record of the positions held cannot be corrected to begin on `since`, or null. The start
 * is no later than today and before the record's own end; with a previous record that ends the
 * day this one begins, after that record's start (it keeps at least one day), otherwise not before
 * the previous record's end (the records never overlap).
 */
export function startCorrectionError(span: HeldSpan, since: string, today: string, field: string): FieldError | null {
  const { record, previous } = span;
  if (since === record.fromDate) {
    return { field, rule: 'START_UNCHANGED', message: `The position is already recorded as held from ${since}`, params: { date: since } };
  }
  if (since > today) return { field, rule: 'PLACED_IN_FUTURE', message: 'A placement cannot begin after today', params: { today } };
  if (record.toDate && since >= record.toDate) {
    return {
      field,
      rule: 'START_AFTER_END',
      message: `The position was held until ${record.toDate}; it must begin before that day`,
      params: { date: record.toDate },
    };
  }
  if (previous && adjoins(span) && since <= previous.fromDate) {
    return {
      field,
      rule: 'START_BEFORE_PREVIOUS',
      message: `The previous position was taken on ${previous.fromDate}; this one must begin after that day`,
      params: { date: previous.fromDate },
    };
  }
  if (previous && !adjoins(span) && since < previous.toDate!) {
    return {
      field,
      rule: 'START_BEFORE_PREVIOUS_END',
      message: `The previous position was held until ${previous.toDate}; this one cannot begin before that day`,
      params: { date: previous.toDate! },
    };
  }
  return null;
}

/**
 * Writes a corrected start (checked with `startCorrectionError`): the record begins on `since`
 * and a previous record that ended the day it began ends on `since` too, so the history stays
 * without gaps or overlaps. Answers the previous record's end before and after when it moved.
 * An open record's start is the employee's `positionSince`, which reads it. Nothing is flushed.
 */
export function writeStartCorrection(span: HeldSpan, since: string): { previousId: string; from: string; to: string } | null {
  const moved = adjoins(span) ? { previousId: span.previous!.id, from: span.previous!.toDate!, to: since } : null;
  if (moved) span.previous!.toDate = since;
  span.record.fromDate = since;
  return moved;
}
