import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { COMMITTEE_LIMITS, floorJp } from '@komunitas-pintar/domain';
import type { PageInput } from '../../common/paging';
import { AuditService } from '../audit/audit.service';
import { CompetencyAssessment } from '../competency/competency-assessment.entity';
import { Competency } from '../competency/competency.entity';
import { Enrollment } from '../learning/enrollment.entity';
import { Employee } from '../organisation/employee.entity';
import { EmployeeType } from '../organisation/organisation.enums';
import { DevelopmentPlan } from '../record/development-plan.entity';
import { LearningRecord } from '../record/learning-record.entity';
import { readSettings } from '../setting/setting.service';
import { type EmployeeHistoryInput, type TalentFilter, type TalentSearchInput, TalentSort } from './committee.inputs';
import { committeePolicy } from './committee.policy';
import { type EmployeeHistory, type HistoryEvent, HistoryKind, type TalentRow, type TalentSearchResult, type YearJp } from './committee.types';
import { decidingEvidenceOf, findTalent, jpByYearOf } from './talent-query';

/** YYYY-MM-DD `months` calendar months before `date` (31 March less one month is 28/29 February). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The filter as kept in the audit log and saved searches: only the conditions given. */
export function filterSnapshot(filter: TalentFilter): Record<string, unknown> {
  const keys: (keyof TalentFilter)[] = [
    'search', 'competencies', 'evidenceWithinMonths', 'evidenceMethods', 'jp', 'opdIds', 'positionTypes', 'ranks', 'employeeTypes',
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = filter[key];
    if (value === null || value === undefined || (Array.isArray(value) && !value.length) || value === '') continue;
    out[key] = JSON.parse(JSON.stringify(value));
  }
  return out;
}

/** What the career committee reads: searches across employees, histories and pools. Every read is audited. */
export class CommitteeService {
  private readonly audit: AuditService;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    this.audit = new AuditService(clock);
  }

  /** The JP years a search shows: its JP condition's, else the last three. */
  private jpYears(filter: TalentFilter): { from: number; to: number } {
    if (filter.jp) return { from: filter.jp.fromYear, to: filter.jp.toYear };
    const year = Number(this.clock.today().slice(0, 4));
    return { from: year - 2, to: year };
  }

  /** Field errors the database must answer: conditions on unknown competencies, JP years out of order. */
  private async checkFilter(filter: TalentFilter): Promise<Map<string, Competency>> {
    if (filter.jp) {
      const { fromYear, toYear } = filter.jp;
      if (toYear < fromYear) throw BadInputError.field('jp.toYear', 'BEFORE_START', 'The last year comes before the first');
      if (toYear - fromYear + 1 > COMMITTEE_LIMITS.jpYearsMax) {
        throw BadInputError.field('jp.toYear', 'TOO_MANY_YEARS', `A JP condition spans at most ${COMMITTEE_LIMITS.jpYearsMax} years`);
      }
    }
    const ids = [...new Set((filter.competencies ?? []).map((c) => c.competencyId))];
    const competencies = ids.length ? await this.em.find(Competency, { id: { $in: ids } }) : [];
    const byId = new Map(competencies.map((c) => [c.id, c]));
    const missing = (filter.competencies ?? []).findIndex((c) => !byId.has(c.competencyId));
    if (missing >= 0) throw BadInputError.field(`competencies.${missing}.competencyId`, 'NOT_FOUND', 'No competency with this id');
    return byId;
  }

  /** The employees matching every condition, with the facts that matched; audited with the ids listed. */
  async talentSearch(actor: Actor, input: TalentSearchInput, page: PageInput, sort: TalentSort = TalentSort.NAME): Promise<TalentSearchResult> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators search talent');
    const competencies = await this.checkFilter(input);
    const settings = await readSettings(this.em);
    const target = settings['jp.pnsYearlyTarget'];
    const years = this.jpYears(input);
    const today = this.clock.today();
    return this.em.transactional(async (em) => {
      const { ids, total } = await findTalent(em, {
        filter: input,
        today,
        evidenceSince: input.evidenceWithinMonths ? monthsBefore(today, input.evidenceWithinMonths) : null,
        jpFrom: years.from,
        jpTo: years.to,
        minJp: input.jp ? (input.jp.minJp ?? target) : null,
        sort,
        offset: page.offset,
        limit: page.limit,
      });
      const employees = ids.length ? await em.find(Employee, { id: { $in: ids } }, { populate: ['opd', 'position'] }) : [];
      const evidence = await decidingEvidenceOf(em, ids, [...competencies.keys()], today, input.evidenceMethods);
      const jp = await jpByYearOf(em, ids, years.from, years.to);
      const byId = new Map(employees.map((e) => [e.id, e]));
      const items: TalentRow[] = ids.map((id) => {
        const employee = byId.get(id)!;
        const facts = evidence.filter((f) => f.employeeId === id);
        return {
          employee,
          competencies: (input.competencies ?? []).flatMap((c) => {
            const fact = facts.find((f) => f.competencyId === c.competencyId);
            return fact ? [{ competency: competencies.get(c.competencyId)!, level: fact.level, method: fact.method, assessedOn: fact.assessedOn }] : [];
          }),
          jpByYear: yearRows(employee, years.from, years.to, jp.get(id), target),
        };
      });
      this.audit.record(em, actor, {
        action: 'committee.search',
        subjectType: 'TalentSearch',
        purpose: input.purpose.trim(),
        details: { filter: filterSnapshot(input), sort, offset: page.offset, limit: page.limit, total, employeeIds: ids },
      });
      await em.flush();
      return { items, total, offset: page.offset, limit: page.limit };
    });
  }

  /** One employee's history across years, newest first, with JP per year; audited for the employee to see. */
  async employeeHistory(actor: Actor, input: EmployeeHistoryInput): Promise<EmployeeHistory> {
    assertCan(committeePolicy.read(actor), "Only the career committee and administrators read employees' histories");
    return this.em.transactional(async (em) => {
      const employee = await em.findOne(Employee, input.employeeId, { populate: ['opd', 'position'] });
      if (!employee) throw new NotFoundError('Employee', input.employeeId);
      const [records, assessments, enrollments, plans, settings] = await Promise.all([
        em.find(LearningRecord, { employee }, { populate: ['form'] }),
        em.find(CompetencyAssessment, { employee }, { populate: ['competency'] }),
        em.find(Enrollment, { employee }, { populate: ['module'] }),
        em.find(DevelopmentPlan, { employee }, { populate: ['targetPosition'] }),
        readSettings(em),
      ]);
      const events: HistoryEvent[] = [
        ...records.map((r) => ({
          kind: HistoryKind.LEARNING,
          date: r.endDate,
          title: r.title,
          detail: [r.form.getEntity().name, r.organiser].filter(Boolean).join(' · '),
          status: r.status,
          jp: r.jp,
          level: null,
          sourceId: r.id,
        })),
        ...assessments.map((a) => ({
          kind: HistoryKind.ASSESSMENT,
          date: a.assessedOn,
          title: a.competency.getEntity().name,
          detail: a.method,
          status: null,
          jp: null,
          level: a.level,
          sourceId: a.id,
        })),
        ...enrollments.map((e) => ({
          kind: HistoryKind.MODULE,
          date: this.localDate(e.completedAt ?? e.createdAt),
          title: e.module.getEntity().title,
          detail: null,
          status: e.completedAt ? 'COMPLETED' : 'ENROLLED',
          jp: null,
          level: null,
          sourceId: e.id,
        })),
        ...plans.map((p) => ({
          kind: HistoryKind.PLAN,
          date: this.localDate(p.decidedAt ?? p.submittedAt ?? p.createdAt),
          title: String(p.year),
          detail: p.targetPosition?.getEntity().name ?? null,
          status: p.status,
          jp: null,
          level: null,
          sourceId: p.id,
        })),
      ];
      events.sort((a, b) => (a.date === b.date ? a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1));
      const jp = new Map<number, number>();
      for (const r of records) if (r.status === 'APPROVED') jp.set(r.year, (jp.get(r.year) ?? 0) + r.jp);
      const thisYear = Number(this.clock.today().slice(0, 4));
      const yearsShown = [...new Set([...jp.keys(), thisYear])].sort((a, b) => b - a);
      const jpByYear = yearsShown.map((year) => yearRow(employee, year, jp.get(year) ?? 0, settings['jp.pnsYearlyTarget']));
      this.audit.record(em, actor, {
        action: 'committee.history.read',
        subjectType: 'Employee',
        subjectId: employee.id,
        employeeId: employee.id,
        purpose: input.purpose.trim(),
      });
      await em.flush();
      return { employee, events, jpByYear };
    });
  }

  private localDate(instant: Date): string {
    return localDate(instant, this.clock.timeZone);
  }
}

function yearRow(employee: Employee, year: number, jp: number, target: number): YearJp {
  const targetJp = employee.employeeType === EmployeeType.PNS ? target : null;
  const total = floorJp(jp);
  return { year, jp: total, targetJp, reached: targetJp === null ? null : total >= targetJp };
}

function yearRows(employee: Employee, from: number, to: number, jp: Map<number, number> | undefined, target: number): YearJp[] {
  const rows: YearJp[] = [];
  for (let year = from; year <= to; year++) rows.push(yearRow(employee, year, jp?.get(year) ?? 0, target));
  return rows;
}
