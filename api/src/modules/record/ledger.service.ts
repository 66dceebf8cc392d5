import { randomUUID } from 'node:crypto';
import { type Ref, TransactionPropagation } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, isLocalDate, monthOf, nextMonthStart, yearOf } from '../../common/dates';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { floorJp, sumJp } from '@komunitas-pintar/domain';
import { assertReadable, readableEmployee } from '../organisation/employee-access';
import { EMPLOYEE_COLUMNS, type EmployeeRow, employeeOfRow } from '../organisation/employee-directory';
import { Employee } from '../organisation/employee.entity';
import { EmployeeType } from '../organisation/organisation.enums';
import { readSettings, type Settings } from '../setting/setting.service';
import { stampTime } from '../../common/clock-stamps';
import { type AlongsideWrite, instant, lazyReference, num, preloaded, readRows } from '../../common/read-model';
import type { CreditStepData } from './credit-step';
import { workingDays } from './holiday.service';
import { type Activity, type Credit, creditDates, creditJp } from './jp-credit';
import { type JpPeriod, jpPeriod, jpPeriodContaining } from './jp-period';
import { FORM_COLUMNS, FORM_JSON, type FormRow as FormJson, formOfRow } from './learning-forms';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';
import { CreditMode, RecordSource, RecordStatus } from './record.enums';
import type { UpdateLearningFormInput } from './record.inputs';
import { recordPolicy } from './record.policy';
import type { JpSummaryType } from './record.types';

export interface CreditRequest {
  employeeId: string;
  source: RecordSource;
  /** The module version, group or claim; the same source never credits an employee twice. */
  sourceId: string | null;
  /**
   * Other ids of the same piece of learning (a module's other versions): when the employee already
   * has a record from any of them, the learning is credited and nothing new is written.
   */
  sameSourceIds?: string[];
  formId: number;
  title: string;
  organiser?: string | null;
  startDate: string;
  endDate: string;
  minutes: number;
  /**
   * The local dates (YYYY-MM-DD), from start to end, on which the learning took place (the days
   * attended). Without them a one-day activity is its day, and a longer one counts the working
   * days of its span (Monday to Friday, less the holidays in the calendar). A module gives the
   * distinct dates its lessons were done, so time between them earns nothing, and a daily cap
   * counts what each of those dates already holds.
   */
  dates?: string[];
  /** Sessions held (forms credited per session); with `sessionDates`, their number. */
  sessions?: number;
  /**
   * The date of each session (YYYY-MM-DD, from start to end; a date twice for two sessions on one
   * day), for forms credited per session, whose monthly cap counts each session in its own month.
   * Without them the `sessions` are taken to be spread evenly over the dates of learning
   * (`spreadSessions`): six sessions over the working days of September to November count two in
   * each month.
   */
  sessionDates?: string[];
  claimedJp?: number | null;
  /** Measured minutes on each of `dates` (attended minutes): each date earns at most its own (see `Activity`). */
  minutesOnDates?: Record<string, number> | null;
  /** The most the activity earns whatever the form's rule gives (a module: its stated JP). */
  maxJp?: number | null;
  international?: boolean;
  evidence?: string | null;
  /** The record's status; by default pending for claims and forms credited as approved, else approved. */
  status?: RecordStatus;
  /** A record whose JP the caps leave out (a claim being changed: its own earlier credit). */
  excludeRecordId?: string;
}

export interface CreditResult {
  /**
   * The record as written (or found): an object with the fields of a `LearningRecord` and its form
   * in hand, for reading and answering GraphQL with, not an entity of the EntityManager (nothing is
   * hydrated or flushed). An entity that points at it takes `ref(LearningRecord, record.id)`; a
   * command that changes it loads it.
   */
  record: LearningRecord;
  /** False when the learning had already been credited (nothing new was written); `record` is that earlier record. */
  created: boolean;
}

/** No record has this id: what the caps leave out when nothing is left out. */
const NO_RECORD = '00000000-0000-0000-0000-000000000000';

/** Dates (YYYY-MM-DD) that are not calendar dates or lie outside start–end: a field error on `field`. */
function checkWithinSpan(field: string, dates: string[], request: CreditRequest): void {
  const outside = dates.find((d) => !isLocalDate(d) || d < request.startDate || d > request.endDate);
  if (outside)
    throw BadInputError.field(field, 'OUTSIDE_SPAN', `The date ${outside} is not between ${request.startDate} and ${request.endDate}`);
}

/**
 * The request's dates of learning, distinct and in order: the dates given (all within start–end);
 * else the day of a one-day activity; else the working days of the span. A span of several days
 * without a working day (a weekend event) needs its dates.
 */
async function learningDates(em: EntityManager, request: CreditRequest): Promise<string[]> {
  if (request.dates?.length) {
    checkWithinSpan('dates', request.dates, request);
    return [...new Set(request.dates)].sort();
  }
  if (request.startDate === request.endDate) return [request.startDate];
  const days = await workingDays(em, request.startDate, request.endDate);
  if (!days.length) {
    throw BadInputError.field(
      'dates',
      'NO_WORKING_DAY',
      `${request.startDate} to ${request.endDate} holds no working day: give the dates attended`,
    );
  }
  return days;
}

/** The sessions of the request: the session dates (checked) and their number. */
function sessionsOf(request: CreditRequest): { sessions: number; sessionDates: string[] | null } {
  if (!request.sessionDates?.length) return { sessions: request.sessions ?? 1, sessionDates: null };
  checkWithinSpan('sessionDates', request.sessionDates, request);
  if (request.sessions != null && request.sessions !== request.sessionDates.length) {
    throw BadInputError.field(
      'sessionDates',
      'SESSION_COUNT',
      `${request.sessions} session(s) but ${request.sessionDates.length} session date(s)`,
    );
  }
  return { sessions: request.sessionDates.length, sessionDates: request.sessionDates };
}

/**
 * The JP an employee's records of one form, other than rejected ones, already hold on each of
 * `dates`, from their day rows; a record without day rows holds its JP on its end date. The
 * records come by the employee index, their days by the `(record, date)` key.
 */
async function jpOnDates(
  em: EntityManager,
  employeeId: string,
  formId: number,
  dates: string[],
  except?: string,
): Promise<Record<string, number>> {
  const rows: { date: string; jp: string }[] = await em.getConnection().execute(
    `select to_char(coalesce(d.date, r.end_date), 'YYYY-MM-DD') as date, sum(coalesce(d.jp, r.jp)) as jp
       from learning_record r
       left join learning_record_day d on d.record_id = r.id
      where r.employee_id = ? and r.form_id = ? and r.status <> ? and r.id <> ?
        and coalesce(d.date, r.end_date) between ? and ?
      group by 1`,
    [employeeId, formId, RecordStatus.REJECTED, except ?? NO_RECORD, dates[0], dates[dates.length - 1]],
    'all',
    em.getTransactionContext(),
  );
  const wanted = new Set(dates);
  return Object.fromEntries(rows.filter((r) => wanted.has(r.date)).map((r) => [r.date, floorJp(Number(r.jp))]));
}

/**
 * The sessions an employee's records of one form, other than rejected ones, already count in each
 * month (YYYY-MM) from the first to the last of `dates`, from their day rows; a record without day
 * rows counts its sessions in the month of its end date.
 */
async function sessionsInMonths(
  em: EntityManager,
  employeeId: string,
  formId: number,
  dates: string[],
  except?: string,
): Promise<Record<string, number>> {
  const rows: { month: string; sessions: string }[] = await em.getConnection().execute(
    `select to_char(coalesce(d.date, r.end_date), 'YYYY-MM') as month, sum(case when d.id is null then r.sessions else d.sessions end) as sessions
       from learning_record r
       left join learning_record_day d on d.record_id = r.id
      where r.employee_id = ? and r.form_id = ? and r.status <> ? and r.id <> ?
        and coalesce(d.date, r.end_date) >= ? and coalesce(d.date, r.end_date) < ?
      group by 1`,
    [
      employeeId,
      formId,
      RecordStatus.REJECTED,
      except ?? NO_RECORD,
      `${monthOf(dates[0])}-01`,
      nextMonthStart(monthOf(dates[dates.length - 1])),
    ],
    'all',
    em.getTransactionContext(),
  );
  return Object.fromEntries(rows.map((r) => [r.month, Number(r.sessions)]));
}

/**
 * Credits an activity, in a transaction of its own or inside the caller's (joined, without a
 * savepoint: a failure rolls the caller's whole command back). An advisory lock per employee,
 * held until that transaction ends, makes concurrent credits see each other, so caps hold. The
 * caller's own write may be sent with the lock (`alongside`): it runs whatever the ledger decides.
 */
export function creditLedger(em: EntityManager, request: CreditRequest, alongside?: AlongsideWrite): Promise<CreditResult> {
  return em.transactional((tx) => creditIn(tx, request, alongside), { propagation: TransactionPropagation.REQUIRED });
}

async function creditIn(em: EntityManager, request: CreditRequest, alongside?: AlongsideWrite): Promise<CreditResult> {
  // The caller's write, if any, goes with the lock, a round trip fewer.
  await readRows(em, `${alongside ? `with ${alongside.ctes} ` : ''}select pg_advisory_xact_lock(hashtext(?))`, [
    ...(alongside?.values ?? []),
    `ledger:${request.employeeId}`,
  ]);
  // The form, and the record that already credits the same learning if any, in one statement.
  const sourceIds = request.sourceId ? [request.sourceId, ...(request.sameSourceIds ?? [])] : [];
  const [row] = await readRows<FormRow & { credited_id: string | null }>(
    em,
    `select ${FORM_COLUMNS}, ${
      sourceIds.length
        ? `(select r.id from learning_record r
             where r.employee_id = ? and r.source = ? and r.source_id in (${sourceIds.map(() => '?').join(', ')})
             order by r.created_at limit 1)`
        : 'null'
    } as credited_id
       from (select 1) one left join learning_form f on f.id = ?`,
    [...(sourceIds.length ? [request.employeeId, request.source, ...sourceIds] : []), request.formId],
  );
  if (row.credited_id) return { record: await creditedRecord(em, row.credited_id), created: false };
  const { credited_id: _, ...formRow } = row;
  const { form, credit } = await assessCredit(em, request, formRow.id === null ? null : formOfRow(formRow as FormJson));
  const needsApproval = form.creditMode === CreditMode.AS_APPROVED || request.source === RecordSource.EXTERNAL;
  const now = stampTime(em);
  // The record and its days in one statement; the record comes back as its row.
  const [inserted] = await readRows<RecordRow>(
    em,
    `with record as (
       insert into learning_record (id, created_at, updated_at, employee_id, source, source_id, form_id, title, organiser, start_date,
                                    end_date, minutes, sessions, jp, year, status, international, credit_steps, evidence)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
       returning *),
     days as (
       insert into learning_record_day (id, created_at, updated_at, record_id, date, jp, sessions)
       select gen_random_uuid(), record.created_at, record.created_at, record.id, d.date, d.jp, d.sessions
         from record, jsonb_to_recordset(?::jsonb) as d(date date, jp numeric, sessions smallint))
     select * from record`,
    [
      randomUUID(),
      now,
      now,
      request.employeeId,
      request.source,
      request.sourceId,
      form.id,
      request.title,
      request.organiser ?? null,
      request.startDate,
      request.endDate,
      request.minutes,
      credit.sessions,
      credit.jp,
      yearOf(request.endDate),
      request.status ?? (needsApproval ? RecordStatus.PENDING : RecordStatus.APPROVED),
      request.international ?? false,
      JSON.stringify(credit.steps),
      request.evidence ?? null,
      JSON.stringify(credit.days.map((d) => ({ date: d.date, jp: d.jp, sessions: d.sessions }))),
    ],
  );
  return { record: recordOfRow(em, inserted, preloaded(form)), created: true };
}

/** A row of `learning_form` (`FORM_COLUMNS`), or of nothing (a form that does not exist). */
type FormRow = Omit<FormJson, 'id'> & { id: number | null };

/** A row of `learning_record` as PostgreSQL gives it (dates as text, numeric as text). */
interface RecordRow {
  id: string;
  created_at: unknown;
  updated_at: unknown;
  employee_id: string;
  source: RecordSource;
  source_id: string | null;
  form_id: number;
  title: string;
  organiser: string | null;
  start_date: string;
  end_date: string;
  minutes: number;
  sessions: number;
  jp: unknown;
  year: number;
  status: RecordStatus;
  international: boolean;
  credit_steps: CreditStepData[] | null;
  evidence: string | null;
}

/**
 * The record of a row with its form (`form`): the fields an entity would have, read only. Its
 * employee is a reference by id that loads, if someone asks, through `em` (the crediting
 * transaction's EntityManager).
 */
function recordOfRow(em: EntityManager, r: RecordRow, form: Ref<LearningForm>): LearningRecord {
  return {
    id: r.id,
    employee: lazyReference(em, Employee, r.employee_id),
    source: r.source,
    sourceId: r.source_id,
    form,
    title: r.title,
    organiser: r.organiser,
    startDate: r.start_date,
    endDate: r.end_date,
    minutes: Number(r.minutes),
    sessions: Number(r.sessions),
    jp: num(r.jp),
    year: Number(r.year),
    status: r.status,
    international: r.international,
    creditSteps: r.credit_steps ?? [],
    evidence: r.evidence,
    createdAt: instant(r.created_at),
    updatedAt: instant(r.updated_at),
  } as LearningRecord;
}

/** The record that already credits a learning, with its own form (an earlier version's may differ). */
async function creditedRecord(em: EntityManager, id: string): Promise<LearningRecord> {
  const [row] = await readRows<RecordRow & { form: FormJson }>(
    em,
    `select r.*, ${FORM_JSON} as form from learning_record r join learning_form f on f.id = r.form_id where r.id = ?`,
    [id],
  );
  return recordOfRow(em, row, preloaded(formOfRow(row.form)));
}

/**
 * The JP an activity would earn if it were credited now, against what the employee's records
 * already hold: what a claim shows before it is sent. Writes nothing; the same computation as
 * `creditLedger`, so a preview equals the credit that follows it (when nothing is credited in between).
 */
export function previewCredit(em: EntityManager, request: CreditRequest): Promise<{ form: LearningForm; credit: Credit }> {
  return assessCredit(em, request);
}

async function assessCredit(
  em: EntityManager,
  request: CreditRequest,
  loaded?: LearningForm | null,
): Promise<{ form: LearningForm; credit: Credit }> {
  const form = loaded === undefined ? await em.findOne(LearningForm, request.formId) : loaded;
  if (!form) throw BadInputError.field('formId', 'NOT_FOUND', `No form of learning ${request.formId}`);
  if (request.endDate < request.startDate) {
    throw BadInputError.field('endDate', 'BEFORE_START', 'The end date is before the start date');
  }
  const activity: Activity = {
    claimedJp: request.claimedJp,
    minutes: request.minutes,
    dates: await learningDates(em, request),
    ...sessionsOf(request),
    international: request.international ?? false,
    maxJp: request.maxJp,
    minutesOnDates: request.minutesOnDates ?? null,
  };
  const settings = await readSettings(em);
  const dates = creditDates(form, activity);
  const perSession = form.creditMode === CreditMode.PER_SESSION && form.maxSessionsPerMonth != null && dates.length > 0;
  const credit = creditJp(
    form,
    activity,
    {
      jpOnDate:
        form.maxJpPerDay == null || !dates.length ? {} : await jpOnDates(em, request.employeeId, form.id, dates, request.excludeRecordId),
      sessionsInMonth: perSession ? await sessionsInMonths(em, request.employeeId, form.id, dates, request.excludeRecordId) : {},
    },
    { minutesPerJp: settings['jp.minutesPerJp'], internationalBonusPercent: settings['jp.internationalBonusPercent'] },
  );
  return { form, credit };
}

/** The totals of a period from its entries (newest first) and the settings in force. */
function summaryFrom(employee: Employee, period: JpPeriod, settings: Settings, entries: LearningRecord[]): JpSummaryType {
  const sum = (status: RecordStatus) => sumJp(entries.filter((e) => e.status === status).map((e) => e.jp));
  const approvedJp = sum(RecordStatus.APPROVED);
  const pns = employee.employeeType === EmployeeType.PNS;
  const targetJp = pns ? settings['jp.pnsYearlyTarget'] : null;
  const maxJp = pns ? null : settings['jp.pppkYearlyMax'];
  const countedJp = maxJp === null ? approvedJp : Math.min(approvedJp, maxJp);
  const goal = (targetJp ?? maxJp)!;
  return {
    employee,
    year: period.year,
    periodStart: period.start,
    periodEnd: period.end,
    targetJp,
    maxJp,
    approvedJp,
    pendingJp: sum(RecordStatus.PENDING),
    countedJp,
    reached: countedJp >= goal,
    remainingJp: floorJp(Math.max(0, goal - countedJp)),
    entries,
  };
}

/** A PNS's records count by their calendar year; a PPPK's by the end date falling in the contract year. */
const isCalendar = (period: JpPeriod) => period.start === `${period.year}-01-01`;

/** Totals of one employee's JP period, without access checks: callers check who may read them. */
export async function jpSummaryOf(em: EntityManager, employee: Employee, year: number): Promise<JpSummaryType> {
  const settings = await readSettings(em);
  const period = jpPeriod(employee.employeeType, employee.nip, year);
  const entries = await em.find(
    LearningRecord,
    isCalendar(period) ? { employee, year } : { employee, endDate: { $gte: period.start, $lte: period.end } },
    { orderBy: { endDate: 'desc', createdAt: 'desc' } },
  );
  return summaryFrom(employee, period, settings, entries);
}

/** A learning record of a JP summary, as PostgreSQL builds it in JSON. */
interface SummaryRecord {
  r_id: string;
  r_source: RecordSource;
  r_source_id: string | null;
  r_form_id: number;
  r_title: string;
  r_organiser: string | null;
  r_start_date: string;
  r_end_date: string;
  r_minutes: number;
  r_sessions: number;
  r_jp: number | string;
  r_year: number;
  r_status: RecordStatus;
  r_international: boolean;
  r_credit_steps: CreditStepData[] | null;
  r_evidence: string | null;
  r_created_at: string;
  r_updated_at: string;
}

interface SummaryRow extends EmployeeRow {
  /** Newest first, each with its form of learning. */
  records: (SummaryRecord & { r_form: FormJson })[];
}

/** The statement of `readJpSummary`, made once: a text built per call would be hashed anew to find its prepared name. */
const JP_SUMMARY_SQL = `select ${EMPLOYEE_COLUMNS},
       (select coalesce(json_agg(json_build_object('r_id', r.id, 'r_source', r.source, 'r_source_id', r.source_id,
           'r_form_id', r.form_id, 'r_title', r.title, 'r_organiser', r.organiser,
           'r_start_date', to_char(r.start_date, 'YYYY-MM-DD'), 'r_end_date', to_char(r.end_date, 'YYYY-MM-DD'),
           'r_minutes', r.minutes, 'r_sessions', r.sessions, 'r_jp', r.jp, 'r_year', r.year, 'r_status', r.status,
           'r_international', r.international, 'r_credit_steps', r.credit_steps, 'r_evidence', r.evidence,
           'r_created_at', r.created_at, 'r_updated_at', r.updated_at, 'r_form', ${FORM_JSON})
           order by r.end_date desc, r.created_at desc), '[]')
          from learning_record r
          join learning_form f on f.id = r.form_id
         where r.employee_id = e.id and (r.year = ? or (r.end_date >= ? and r.end_date <= ?))) as records
      from employee e
      join opd o on o.id = e.opd_id
      left join position p on p.id = e.position_id
     where e.id = ?`;

/**
 * An employee's JP summary for a year as one statement: the employee (with OPD and position, for
 * the access check and the answer) once, and beside it, as JSON, the records that may belong to
 * the period (those of calendar `year` and those ending by the end of the next, which holds any
 * contract year starting in `year`) each with its form of learning; the period is decided from the
 * employee and the records filtered to it. The settings in force are read beside it (from memory,
 * but for one statement every few seconds).
 */
async function readJpSummary(em: EntityManager, actor: Actor, employeeId: string, year: number): Promise<JpSummaryType> {
  const [rows, settings] = await Promise.all([
    readRows<SummaryRow>(em, JP_SUMMARY_SQL, [year, `${year}-01-01`, `${year + 1}-12-31`, employeeId]),
    readSettings(em),
  ]);
  if (!rows.length) throw new NotFoundError('Employee', employeeId);
  const employee = employeeOfRow(em, rows[0]);
  await assertReadable(em, actor, employee);
  const period = jpPeriod(employee.employeeType, employee.nip, year);
  const inPeriod = isCalendar(period)
    ? (r: SummaryRecord) => Number(r.r_year) === year
    : (r: SummaryRecord) => r.r_end_date >= period.start && r.r_end_date <= period.end;
  const employeeRef = preloaded(employee);
  const forms = new Map<number, Ref<LearningForm>>();
  const formOf = (row: FormJson) => {
    let form = forms.get(Number(row.id));
    if (!form) forms.set(Number(row.id), (form = preloaded(formOfRow(row))));
    return form;
  };
  const entries = rows[0].records.filter(inPeriod).map(
    (r) =>
      ({
        id: r.r_id,
        employee: employeeRef,
        source: r.r_source,
        sourceId: r.r_source_id,
        form: formOf(r.r_form),
        title: r.r_title,
        organiser: r.r_organiser,
        startDate: r.r_start_date,
        endDate: r.r_end_date,
        minutes: Number(r.r_minutes),
        sessions: Number(r.r_sessions),
        jp: num(r.r_jp),
        year: Number(r.r_year),
        status: r.r_status,
        international: r.r_international,
        creditSteps: r.r_credit_steps ?? [],
        evidence: r.r_evidence,
        createdAt: instant(r.r_created_at),
        updatedAt: instant(r.r_updated_at),
      }) as LearningRecord,
  );
  return summaryFrom(employee, period, settings, entries);
}

/** The JP ledger: the one place learning is credited, and the yearly totals. */
export class LedgerService {
  constructor(
    private readonly em: EntityManager,
    readonly clock: Clock,
  ) {}

  /** The forms of learning (SIASN jenis diklat) and their JP rules. */
  learningForms(_actor: Actor): Promise<LearningForm[]> {
    return this.em.find(LearningForm, {}, { orderBy: { id: 'asc' } });
  }

  /** Edits the JP credit rule of a form of learning; records already credited keep their JP. */
  async updateCreditRule(actor: Actor, input: UpdateLearningFormInput): Promise<LearningForm> {
    assertCan(recordPolicy.maintainReference(actor), 'Only administrators change credit rules');
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
    return readJpSummary(this.em, actor, employeeId, year);
  }

  /** Totals of the period containing a local date (YYYY-MM-DD): what "this year" is for the employee on that day. */
  async summaryOn(actor: Actor, employeeId: string, date: string): Promise<JpSummaryType> {
    const employee = await readableEmployee(this.em, actor, employeeId);
    return jpSummaryOf(this.em, employee, jpPeriodContaining(employee.employeeType, employee.nip, date).year);
  }
}
