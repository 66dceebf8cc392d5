import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldError } from '../../common/errors';
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
const CHUNK = 1000;

/** The open and the latest closed record of each of the given employees (those with none are left out). */
export async function heldNow(em: EntityManager, employeeIds: readonly string[]): Promise<Map<string, HeldNow>> {
  const result = new Map<string, HeldNow>();
  for (let i = 0; i < employeeIds.length; i += CHUNK) {
    const records = await em.find(
      PositionHeld,
      { employee: { $in: employeeIds.slice(i, i + CHUNK) } },
      { orderBy: { employee: 'asc', fromDate: 'desc' } },
    );
    for (const record of records) {
      const held = result.get(record.employee.id) ?? { open: null, previous: null };
      if (!record.toDate) held.open = record;
      else if (!held.previous || record.toDate > held.previous.toDate!) held.previous = record;
      result.set(record.employee.id, held);
    }
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
