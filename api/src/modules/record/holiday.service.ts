import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, daysBetween, isWeekend } from '../../common/dates';
import { assertCan, ConflictError, NotFoundError } from '../../common/errors';
import { Holiday } from './holiday.entity';
import type { AddHolidayInput } from './record.inputs';
import { recordPolicy } from './record.policy';

/**
 * The working days from `start` to `end` (YYYY-MM-DD, inclusive): Monday to Friday, less the
 * national holidays and cuti bersama in the calendar. Runs in the caller's EntityManager (and so
 * in its transaction).
 */
export async function workingDays(em: EntityManager, start: string, end: string): Promise<string[]> {
  const off = await em.find(Holiday, { date: { $gte: start, $lte: end } }, { fields: ['date'] });
  const dayOff = new Set(off.map((h) => h.date));
  return daysBetween(start, end).filter((d) => !isWeekend(d) && !dayOff.has(d));
}

/** The calendar of national holidays and cuti bersama, which administrators keep. */
export class HolidayService {
  constructor(
    private readonly em: EntityManager,
    readonly clock: Clock,
  ) {}

  /** The days off of a year, in date order. */
  list(_actor: Actor, year: number): Promise<Holiday[]> {
    return this.em.find(Holiday, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
  }

  /** Adds a day off; a date already in the calendar is a conflict (remove it first to rename it). */
  async add(actor: Actor, input: AddHolidayInput): Promise<Holiday> {
    assertCan(recordPolicy.maintainReference(actor), 'Only administrators keep the holiday calendar');
    const existing = await this.em.findOne(Holiday, { date: input.date });
    if (existing) throw new ConflictError(`${input.date} is already in the calendar: ${existing.name}`);
    const holiday = this.em.create(Holiday, { date: input.date, name: input.name.trim(), kind: input.kind });
    await this.em.flush();
    return holiday;
  }

  /** Removes a day off: it becomes a working day again (if it falls Monday to Friday). */
  async remove(actor: Actor, date: string): Promise<boolean> {
    assertCan(recordPolicy.maintainReference(actor), 'Only administrators keep the holiday calendar');
    const holiday = await this.em.findOne(Holiday, { date });
    if (!holiday) throw new NotFoundError('Holiday', date);
    this.em.remove(holiday);
    await this.em.flush();
    return true;
  }
}
