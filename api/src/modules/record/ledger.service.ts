import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { daysBetween, monthOf, nextMonthStart, yearOf } from '../../common/dates';
import { BadInputError, NotFoundError } from '../../common/errors';
import { readableEmployee } from '../competency/employee-access';
import { Employee } from '../organisation/employee.entity';
import { EmployeeType } from '../organisation/organisation.enums';
import { SettingService } from '../setting/setting.service';
import { creditJp, roundJp } from './jp-credit';
import { jpPeriod, jpPeriodContaining } from './jp-period';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';
import { LearningRecordDay } from './learning-record-day.entity';
import { CreditMode, RecordSource, RecordStatus } from './record.enums';
import type { UpdateLearningFormInput } from './record.inputs';
import type { JpSummaryType } from './record.types';

export interface CreditRequest {
  employeeId: string;
  source: RecordSource;
  /** The module version, group or claim; the same source never credits an employee twice. */
  sourceId: string | null;
  formId: number;
  title: string;
  organiser?: string | null;
  startDate: string;
  endDate: string;
  minutes: number;
  /**
   * The local dates (YYYY-MM-DD), from start to end, on which the learning took place; by default
   * every day from start to end. A module gives the distinct dates its lessons were done, so time
   * between them earns nothing, and a daily cap counts what each of those dates already holds.
   */
  dates?: string[];
  sessions?: number;
  claimedJp?: number | null;
  /** The most the activity earns whatever the form's rule gives (a module: its stated JP). */
  maxJp?: number | null;
  international?: boolean;
  evidence?: string | null;
}

export interface CreditResult {
  record: LearningRecord;
  /** False when the source had already been credited (nothing new was written). */
  created: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The request's dates of learning, distinct and in order: the dates given (all within start–end), else every day from start to end. */
function learningDates(request: CreditRequest): string[] {
  if (!request.dates?.length) return daysBetween(request.startDate, request.endDate);
  const outside = request.dates.find((d) => !ISO_DATE.test(d) || d < request.startDate || d > request.endDate);
  if (outside) throw BadInputError.field('dates', 'OUTSIDE_SPAN', `The date of learning ${outside} is not between ${request.startDate} and ${request.endDate}`);
  return [...new Set(request.dates)].sort();
}

/**
 * The JP an employee's records of one form, other than rejected ones, already hold on each of
 * `dates`, from their day rows; a record without day rows holds its JP on its end date. The
 * records come by the employee index, their days by the `(record, date)` key.
 */
async function jpOnDates(em: EntityManager, employeeId: string, formId: number, dates: string[]): Promise<Record<string, number>> {
  const rows: { date: string; jp: string }[] = await em.getConnection().execute(
    `select to_char(coalesce(d.date, r.end_date), 'YYYY-MM-DD') as date, sum(coalesce(d.jp, r.jp)) as jp
       from learning_record r
       left join learning_record_day d on d.record_id = r.id
      where r.employee_id = ? and r.form_id = ? and r.status <> ?
        and coalesce(d.date, r.end_date) between ? and ?
      group by 1`,
    [employeeId, formId, RecordStatus.REJECTED, dates[0], dates[dates.length - 1]],
    'all',
    em.getTransactionContext(),
  );
  const wanted = new Set(dates);
  return Object.fromEntries(rows.filter((r) => wanted.has(r.date)).map((r) => [r.date, roundJp(Number(r.jp))]));
}

/** The JP ledger: the one place learning is credited, and the yearly totals. */
export class LedgerService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Credits an activity, in a transaction of its own or inside the caller's. An advisory lock per
   * employee, held until that transaction ends, makes concurrent credits see each other, so caps hold.
   */
  credit(request: CreditRequest): Promise<CreditResult> {
    return this.em.transactional((em) => this.creditIn(em, request));
  }

  private async creditIn(em: EntityManager, request: CreditRequest): Promise<CreditResult> {
    await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`ledger:${request.employeeId}`], 'all', em.getTransactionContext());
    if (request.sourceId) {
      const existing = await em.findOne(LearningRecord, {
        employee: request.employeeId,
        source: request.source,
        sourceId: request.sourceId,
      });
      if (existing) return { record: existing, created: false };
    }
    const form = await em.findOne(LearningForm, request.formId);
    if (!form) throw BadInputError.field('formId', 'NOT_FOUND', `No form of learning ${request.formId}`);
    if (request.endDate < request.startDate) {
      throw BadInputError.field('endDate', 'BEFORE_START', 'The end date is before the start date');
    }
    const dates = learningDates(request);
    const settings = await new SettingService(em).all();
    const month = monthOf(request.endDate);
    const sameMonth = await em.find(
      LearningRecord,
      { employee: request.employeeId, form: form.id, status: { $ne: RecordStatus.REJECTED }, endDate: { $gte: `${month}-01`, $lt: nextMonthStart(month) } },
      { fields: ['sessions'] },
    );
    const credit = creditJp(
      form,
      {
        claimedJp: request.claimedJp,
        minutes: request.minutes,
        dates,
        sessions: request.sessions ?? 1,
        international: request.international ?? false,
        maxJp: request.maxJp,
      },
      {
        jpOnDate: form.maxJpPerDay == null ? {} : await jpOnDates(em, request.employeeId, form.id, dates),
        sessionsInMonth: sameMonth.reduce((s, r) => s + r.sessions, 0),
      },
      { minutesPerJp: settings['jp.minutesPerJp'], internationalBonusPercent: settings['jp.internationalBonusPercent'] },
    );
    const needsApproval = form.creditMode === CreditMode.AS_APPROVED || request.source === RecordSource.EXTERNAL;
    const record = em.create(LearningRecord, {
      employee: request.employeeId,
      source: request.source,
      sourceId: request.sourceId,
      form,
      title: request.title,
      organiser: request.organiser ?? null,
      startDate: request.startDate,
      endDate: request.endDate,
      minutes: request.minutes,
      sessions: credit.sessions,
      jp: credit.jp,
      year: yearOf(request.endDate),
      status: needsApproval ? RecordStatus.PENDING : RecordStatus.APPROVED,
      international: request.international ?? false,
      creditNote: credit.note,
      evidence: request.evidence ?? null,
    });
    for (const day of credit.days) em.create(LearningRecordDay, { record, date: day.date, jp: day.jp });
    await em.flush();
    return { record, created: true };
  }

  /** Edits the JP credit rule of a form of learning; records already credited keep their JP. */
  async updateCreditRule(input: UpdateLearningFormInput): Promise<LearningForm> {
    const form = await this.em.findOne(LearningForm, input.id);
    if (!form) throw new NotFoundError('Form of learning', String(input.id));
    this.em.assign(form, {
      ...(input.creditMode && { creditMode: input.creditMode }),
      ...(input.creditValue !== undefined && { creditValue: input.creditValue }),
      ...(input.maxJpPerDay !== undefined && { maxJpPerDay: input.maxJpPerDay }),
      ...(input.maxSessionsPerMonth !== undefined && { maxSessionsPerMonth: input.maxSessionsPerMonth }),
      ...(input.requiresReport != null && { requiresReport: input.requiresReport }),
    });
    await this.em.flush();
    return form;
  }

  /**
   * Totals of one employee's year, for the employee, their supervisors, committee and admins: a
   * PNS's calendar year, a PPPK's contract year starting in `year` (see `jpPeriod`).
   */
  async summary(actor: Actor, employeeId: string, year: number): Promise<JpSummaryType> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    return this.summaryOf(employee, year);
  }

  /** Totals of the period containing a local date (YYYY-MM-DD): what "this year" is for the employee on that day. */
  async summaryOn(actor: Actor, employeeId: string, date: string): Promise<JpSummaryType> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    return this.summaryOf(employee, jpPeriodContaining(employee.employeeType, employee.nip, date).year);
  }

  async summaryOf(employee: Employee, year: number): Promise<JpSummaryType> {
    const settings = await new SettingService(this.em).all();
    const period = jpPeriod(employee.employeeType, employee.nip, year);
    // A PNS's records by their calendar year; a PPPK's by the end date falling in the contract year.
    const calendar = period.start === `${year}-01-01`;
    const entries = await this.em.find(
      LearningRecord,
      calendar ? { employee, year } : { employee, endDate: { $gte: period.start, $lte: period.end } },
      { orderBy: { endDate: 'desc', createdAt: 'desc' } },
    );
    const sum = (status: RecordStatus) => roundJp(entries.filter((e) => e.status === status).reduce((s, e) => s + e.jp, 0));
    const approvedJp = sum(RecordStatus.APPROVED);
    const pns = employee.employeeType === EmployeeType.PNS;
    const targetJp = pns ? settings['jp.pnsYearlyTarget'] : null;
    const maxJp = pns ? null : settings['jp.pppkYearlyMax'];
    const countedJp = maxJp === null ? approvedJp : Math.min(approvedJp, maxJp);
    const goal = (targetJp ?? maxJp)!;
    return {
      employee,
      year,
      periodStart: period.start,
      periodEnd: period.end,
      targetJp,
      maxJp,
      approvedJp,
      pendingJp: sum(RecordStatus.PENDING),
      countedJp,
      reached: countedJp >= goal,
      remainingJp: roundJp(Math.max(0, goal - countedJp)),
      entries,
    };
  }
}
