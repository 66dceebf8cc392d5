import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { COMMITTEE_LIMITS, floorJp } from '@komunitas-pintar/domain';
import type { PageInput } from '../../common/paging';
import { AuditService } from '../audit/audit.service';
import { CompetencyAssessment } from '../competency/competency-assessment.entity';
import type { Competency } from '../competency/competency.entity';
import { Enrollment } from '../learning/enrollment.entity';
import { Employee } from '../organisation/employee.entity';
import { positionHistoryOf } from '../organisation/position-history';
import { EmployeeType } from '../organisation/organisation.enums';
import { DevelopmentPlan } from '../record/development-plan.entity';
import { LearningRecord } from '../record/learning-record.entity';
import { readSettings } from '../setting/setting.service';
import { type EmployeeHistoryInput, type TalentFilter, type TalentSearchInput, TalentSort } from './committee.inputs';
import { committeePolicy } from './committee.policy';
import {
  type EmployeeHistory,
  type HistoryEvent,
  HistoryKind,
  type TalentRow,
  type TalentSearchResult,
  type YearJp,
} from './committee.types';
import {
  decidingEvidenceOf,
  type EvidenceFact,
  findTalent,
  findTalentWithFacts,
  type TalentFacts,
  type TalentQuery,
  POOL_FRESH_MONTHS,
  POOL_JP_YEARS,
  POOL_WEIGHTS,
  type PoolRow,
  drawPool,
  type FactsQuery,
  type SearchAuditSql,
  talentFactsOf,
} from './talent-query';
import { PositionCompetency } from '../competency/position-competency.entity';
import { COMPETENCY_COLUMNS, type CompetencyJson, competencyOfJson } from '../competency/standard-json';
import { readRows } from '../../common/read-model';
import { TalentRating } from './talent-rating.entity';
import { SavedSearch } from './saved-search.entity';
import { nineBox } from './nine-box';
import type { ImportTalentRatingsInput, RecordTalentRatingInput, SaveSearchInput, TalentPoolInput } from './committee.inputs';
import { type PoolCandidate, RankReasonCode, type RatingImportResult, type TalentPool } from './committee.types';
import { parseRatingsCsv } from './rating-csv';
import { certificatesAndGroupsOf } from './history-query';

/** People whose rows one statement reads while a search is written to a file. */
const EXPORT_PAGE = 500;

/** A search on its way into a file: who is in it, in order, and their rows a page at a time. */
export interface SearchForFile {
  ids: string[];
  /** All that matched; the file holds at most the export limit. */
  total: number;
  competencies: Competency[];
  years: { from: number; to: number };
  pages(): AsyncGenerator<TalentRow[]>;
}

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
    'search',
    'competencies',
    'evidenceWithinMonths',
    'evidenceMethods',
    'jp',
    'opdIds',
    'positionTypes',
    'ranks',
    'employeeTypes',
    'minCertificates',
    'certificateTitle',
    'minGroupsCompleted',
    'minYearsInPosition',
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
    // Plain rows, not entities: the answer only shows them, and the ORM's find and hydration cost
    // about 1.2 ms of the server's CPU per search (of about 10).
    const competencies = ids.length
      ? await readRows<CompetencyJson>(
          this.em,
          `select ${COMPETENCY_COLUMNS} from competency where id in (${ids.map(() => '?').join(', ')})`,
          ids,
        )
      : [];
    const byId = new Map(competencies.map((row) => [row.id, competencyOfJson(row)]));
    const missing = (filter.competencies ?? []).findIndex((c) => !byId.has(c.competencyId));
    if (missing >= 0) throw BadInputError.field(`competencies.${missing}.competencyId`, 'NOT_FOUND', 'No competency with this id');
    return byId;
  }

  /** The employees matching every condition, with the facts that matched; audited with the ids listed. */
  async talentSearch(
    actor: Actor,
    input: TalentSearchInput,
    page: PageInput,
    sort: TalentSort = TalentSort.NAME,
  ): Promise<TalentSearchResult> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators search talent');
    const competencies = await this.checkFilter(input);
    const settings = await readSettings(this.em);
    const target = settings['jp.pnsYearlyTarget'];
    // The page and its audit entry are one statement: written together or not at all.
    const { items, total } = await this.searchRows(this.em, input, competencies, target, page.offset, page.limit, sort, (bind, more) =>
      this.audit.insertSql(
        actor,
        {
          action: 'committee.search',
          subjectType: 'TalentSearch',
          purpose: input.purpose.trim(),
          details: { filter: filterSnapshot(input), sort, offset: page.offset, limit: page.limit },
        },
        bind,
        more,
      ),
    );
    return { items, total, offset: page.offset, limit: page.limit };
  }

  /** The query of a search's page of ids: its conditions on the clock's day. */
  private talentQuery(input: TalentFilter, target: number, offset: number, limit: number, sort: TalentSort): TalentQuery {
    const years = this.jpYears(input);
    const today = this.clock.today();
    return {
      filter: input,
      today,
      evidenceSince: input.evidenceWithinMonths ? monthsBefore(today, input.evidenceWithinMonths) : null,
      positionSinceAtMost: input.minYearsInPosition ? monthsBefore(today, 12 * input.minYearsInPosition) : null,
      jpFrom: years.from,
      jpTo: years.to,
      minJp: input.jp ? (input.jp.minJp ?? target) : null,
      sort,
      offset,
      limit,
    };
  }

  /** One page of search rows with their facts and its audit entry, in one statement whatever the page size. */
  private async searchRows(
    em: EntityManager,
    input: TalentFilter,
    competencies: Map<string, Competency>,
    target: number,
    offset: number,
    limit: number,
    sort: TalentSort,
    audit: SearchAuditSql,
  ): Promise<{ items: TalentRow[]; total: number }> {
    const query = this.talentQuery(input, target, offset, limit, sort);
    const { ids, total, facts: found } = await findTalentWithFacts(em, query, this.factsQuery(input, competencies), audit);
    return { items: this.talentRows(ids, found, input, competencies, target), total };
  }

  /** The rows of the given employees, in their order, with the facts that matched (one statement). */
  private async rowsOf(
    em: EntityManager,
    ids: string[],
    input: TalentFilter,
    competencies: Map<string, Competency>,
    target: number,
  ): Promise<TalentRow[]> {
    if (!ids.length) return [];
    const facts = await talentFactsOf(em, { employeeIds: ids, ...this.factsQuery(input, competencies) });
    return this.talentRows(ids, facts, input, competencies, target);
  }

  /** Which facts of each person a search shows: its competencies, evidence methods, JP years and certificate. */
  private factsQuery(input: TalentFilter, competencies: Map<string, Competency>): Omit<FactsQuery, 'employeeIds'> {
    const years = this.jpYears(input);
    return {
      competencyIds: [...competencies.keys()],
      today: this.clock.today(),
      methods: input.evidenceMethods,
      fromYear: years.from,
      toYear: years.to,
      certificateTitle: input.certificateTitle ?? null,
    };
  }

  private talentRows(
    ids: string[],
    facts: Map<string, TalentFacts>,
    input: TalentFilter,
    competencies: Map<string, Competency>,
    target: number,
  ): TalentRow[] {
    const years = this.jpYears(input);
    return ids.map((id) => {
      const { employee, evidence, jp, certificates, matching, groups } = facts.get(id)!;
      const factOf = new Map(evidence.map((f) => [f.competencyId, f]));
      return {
        employee,
        competencies: (input.competencies ?? []).flatMap((c) => {
          const fact = factOf.get(c.competencyId);
          return fact
            ? [{ competency: competencies.get(c.competencyId)!, level: fact.level, method: fact.method, assessedOn: fact.assessedOn }]
            : [];
        }),
        jpByYear: yearRows(employee, years.from, years.to, jp, target),
        certificates,
        matchingCertificates: input.certificateTitle ? matching : [],
        groupsCompleted: groups,
      };
    });
  }

  /**
   * A search for a file, up to the export limit: the ids of the people in it are read and the
   * export audited with its format, the number of rows and those people, in one transaction; their
   * rows are then read page by page (`pages`, one statement a page) while the file is written.
   */
  async exportSearch(actor: Actor, input: TalentSearchInput, sort: TalentSort, format: string): Promise<SearchForFile> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators export talent searches');
    const competencies = await this.checkFilter(input);
    const target = (await readSettings(this.em))['jp.pnsYearlyTarget'];
    const { ids, total } = await this.em.transactional(async (em) => {
      const found = await findTalent(em, this.talentQuery(input, target, 0, COMMITTEE_LIMITS.exportRowsMax, sort));
      this.audit.record(em, actor, {
        action: 'committee.export',
        subjectType: 'TalentSearch',
        purpose: input.purpose.trim(),
        details: { format, filter: filterSnapshot(input), sort, total: found.total, rows: found.ids.length, employeeIds: found.ids },
      });
      await em.flush();
      return found;
    });
    const em = this.em;
    const rowsOf = (chunk: string[]) => this.rowsOf(em, chunk, input, competencies, target);
    return {
      ids,
      total,
      competencies: [...competencies.values()],
      years: this.jpYears(input),
      async *pages() {
        for (let i = 0; i < ids.length; i += EXPORT_PAGE) yield await rowsOf(ids.slice(i, i + EXPORT_PAGE));
      },
    };
  }

  /** One employee's history across years, newest first, with JP per year; audited for the employee to see. */
  async employeeHistory(actor: Actor, input: EmployeeHistoryInput): Promise<EmployeeHistory> {
    return this.auditedHistory(actor, input, 'committee.history.read');
  }

  /**
   * A history for a file (XLSX, CSV, or the candidate profile PDF with `levels`): read and audited
   * as `committee.history.export` or `committee.profile.export`, with the format, in one transaction.
   */
  async exportHistory(
    actor: Actor,
    input: EmployeeHistoryInput,
    format: 'xlsx' | 'csv' | 'pdf',
  ): Promise<EmployeeHistory & { levels: EvidenceFact[] }> {
    return this.auditedHistory(actor, input, format === 'pdf' ? 'committee.profile.export' : 'committee.history.export', format);
  }

  private async auditedHistory(
    actor: Actor,
    input: EmployeeHistoryInput,
    action: string,
    format?: string,
  ): Promise<EmployeeHistory & { levels: EvidenceFact[] }> {
    assertCan(committeePolicy.read(actor), "Only the career committee and administrators read employees' histories");
    return this.em.transactional(async (em) => {
      const employee = await em.findOne(Employee, input.employeeId, { populate: ['opd', 'position'] });
      if (!employee) throw new NotFoundError('Employee', input.employeeId);
      // One after another: the transaction's one connection answers one statement at a time.
      const records = await em.find(LearningRecord, { employee }, { populate: ['form'] });
      const assessments = await em.find(CompetencyAssessment, { employee }, { populate: ['competency'] });
      const enrollments = await em.find(Enrollment, { employee }, { populate: ['module'] });
      const plans = await em.find(DevelopmentPlan, { employee }, { populate: ['targetPosition'] });
      const settings = await readSettings(em);
      const held = await certificatesAndGroupsOf(em, employee.id);
      const placements = await positionHistoryOf(em, employee.id);
      const events: HistoryEvent[] = [
        ...placements.map((h) => ({
          kind: HistoryKind.POSITION,
          date: h.fromDate,
          title: h.position.getEntity().name,
          detail: h.opd.getEntity().name,
          status: h.toDate ? 'ENDED' : 'CURRENT',
          jp: null,
          level: null,
          endDate: h.toDate ?? null,
          sourceId: h.id,
        })),
        ...records.map((r) => ({
          kind: HistoryKind.LEARNING,
          date: r.endDate,
          title: r.title,
          detail: [r.form.getEntity().name, r.organiser].filter(Boolean).join(' · '),
          status: r.status,
          jp: r.jp,
          level: null,
          endDate: null,
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
          endDate: null,
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
          endDate: null,
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
          endDate: null,
          sourceId: p.id,
        })),
        ...held.certificates.map((c) => ({
          kind: HistoryKind.CERTIFICATE,
          date: c.issuedOn,
          title: c.title,
          detail: c.number,
          status: c.status,
          jp: null,
          level: null,
          endDate: null,
          sourceId: c.id,
        })),
        ...held.groups.map((g) => ({
          kind: HistoryKind.GROUP,
          date: this.localDate(g.completedAt),
          title: g.name,
          detail: null,
          status: 'COMPLETED',
          jp: null,
          level: null,
          endDate: null,
          sourceId: g.id,
        })),
      ];
      events.sort((a, b) =>
        a.date === b.date ? a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1,
      );
      const jp = new Map<number, number>();
      for (const r of records) if (r.status === 'APPROVED') jp.set(r.year, (jp.get(r.year) ?? 0) + r.jp);
      const thisYear = Number(this.clock.today().slice(0, 4));
      const yearsShown = [...new Set([...jp.keys(), thisYear])].sort((a, b) => b - a);
      const jpByYear = yearsShown.map((year) => yearRow(employee, year, jp.get(year) ?? 0, settings['jp.pnsYearlyTarget']));
      // The current levels are printed on the candidate profile only.
      const competencyIds = format === 'pdf' ? [...new Set(assessments.map((a) => a.competency.id))] : [];
      const levels = await decidingEvidenceOf(em, [employee.id], competencyIds, this.clock.today());
      this.audit.record(em, actor, {
        action,
        subjectType: 'Employee',
        subjectId: employee.id,
        employeeId: employee.id,
        purpose: input.purpose.trim(),
        ...(format ? { details: { format } } : {}),
      });
      await em.flush();
      return { employee, events, jpByYear, levels };
    });
  }

  /**
   * Employees ranked for a vacant position: fit to its standard (60), JP target reached in each of
   * the last three complete years (25) and evidence no older than two years (15), with the reasons,
   * the levels against the standard, and the latest nine-box rating. Audited with the ids listed.
   */
  async talentPool(actor: Actor, input: TalentPoolInput): Promise<TalentPool> {
    return this.auditedPool(actor, input, 'committee.pool');
  }

  /** A pool for a file, audited as `committee.pool.export` with the format. */
  async exportPool(actor: Actor, input: TalentPoolInput, format: 'xlsx' | 'csv'): Promise<TalentPool & { standard: PositionCompetency[] }> {
    return this.auditedPool(actor, input, 'committee.pool.export', format);
  }

  /**
   * The pool and its audit entry in one statement with bound values (`drawPool`): the position and
   * its standard as plain rows, the ranked candidates, and the entry written exactly when they are
   * read, only when the position has a standard to rank against. The JP target is the settings'
   * held in memory.
   */
  private async auditedPool(
    actor: Actor,
    input: TalentPoolInput,
    action: string,
    format?: string,
  ): Promise<TalentPool & { standard: PositionCompetency[] }> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators draw up talent pools');
    const target = (await readSettings(this.em))['jp.pnsYearlyTarget'];
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    const limit = input.limit ?? COMMITTEE_LIMITS.poolDefault;
    const positionId = input.positionId.toLowerCase();
    const { position, standard, rows } = await drawPool(
      this.em,
      {
        positionId,
        today,
        freshSince: monthsBefore(today, POOL_FRESH_MONTHS),
        fromYear: year - POOL_JP_YEARS,
        toYear: year - 1,
        targetJp: target,
        limit,
        ratingYear: year,
      },
      (bind, more) =>
        this.audit.insertSql(
          actor,
          {
            action,
            subjectType: 'Position',
            subjectId: positionId,
            purpose: input.purpose.trim(),
            details: { limit, ...(format ? { format } : {}) },
          },
          bind,
          more,
        ),
    );
    if (!position) throw BadInputError.field('positionId', 'NOT_FOUND', 'No position with this id');
    if (!standard.length) throw BadInputError.field('positionId', 'NO_STANDARD', 'The position has no competency standard to rank against');
    const requiredTotal = standard.reduce((sum, row) => sum + row.requiredLevel, 0);
    const competencies = new Map(standard.map((row) => [row.competency.id, row.competency.getEntity()]));
    const round1 = (n: number) => Math.round(n * 10) / 10;
    const candidates: PoolCandidate[] = rows.map((row, i) => {
      const employee = row.employee;
      const rating = row.rating ? ratingOfRow(row.rating) : null;
      const fitPercent = Math.round((100 * row.reached) / requiredTotal);
      const jpYears = new Map((row.jp ?? []).map((j) => [j.y, Number(j.jp)]));
      return {
        rank: i + 1,
        employee,
        score: row.score,
        fitPercent,
        reasons: [
          { code: RankReasonCode.FIT, value: fitPercent, of: 100, points: round1((POOL_WEIGHTS.fit * row.reached) / requiredTotal) },
          { code: RankReasonCode.MET, value: row.met, of: standard.length, points: 0 },
          {
            code: RankReasonCode.JP_COMPLIANT,
            value: row.compliant,
            of: POOL_JP_YEARS,
            points: round1((POOL_WEIGHTS.jp * row.compliant) / POOL_JP_YEARS),
          },
          {
            code: RankReasonCode.FRESH_EVIDENCE,
            value: row.fresh,
            of: standard.length,
            points: round1((POOL_WEIGHTS.fresh * row.fresh) / standard.length),
          },
          ...(rating ? [{ code: RankReasonCode.NINE_BOX, value: nineBox(rating.performance, rating.potential), of: null, points: 0 }] : []),
        ],
        competencies: [...row.levels]
          .map((l) => ({ competency: competencies.get(l.c)!, requiredLevel: l.r, currentLevel: l.l, assessedOn: l.d }))
          .sort((a, b) => a.competency.code.localeCompare(b.competency.code)),
        jpByYear: yearRows(employee, year - POOL_JP_YEARS, year - 1, jpYears, target),
        rating,
      };
    });
    return { position, candidates, considered: rows[0]?.considered ?? 0, standard };
  }

  /** Records (or corrects) an employee's ratings of a year: administrators only, audited. */
  async recordTalentRating(actor: Actor, input: RecordTalentRatingInput): Promise<TalentRating> {
    assertCan(committeePolicy.rate(actor), 'Only administrators record performance and potential ratings');
    const employee = await this.em.findOne(Employee, input.employeeId);
    if (!employee) throw BadInputError.field('employeeId', 'NOT_FOUND', 'No employee with this id');
    const [rating] = await this.saveRatings(actor, [
      { employee, year: input.year, performance: input.performance, potential: input.potential },
    ]);
    await this.em.flush();
    return rating;
  }

  private async saveRatings(
    actor: Actor,
    items: { employee: Employee; year: number; performance: TalentRating['performance']; potential: TalentRating['potential'] }[],
  ) {
    const existing = items.length
      ? await this.em.find(TalentRating, { $or: items.map((i) => ({ employee: i.employee, year: i.year })) })
      : [];
    return items.map((item) => {
      let rating = existing.find((r) => r.employee.id === item.employee.id && r.year === item.year);
      const before = rating ? { performance: rating.performance, potential: rating.potential } : null;
      if (rating) Object.assign(rating, { performance: item.performance, potential: item.potential, recordedBy: actor.userId });
      else {
        rating = this.em.create(TalentRating, { ...item, recordedBy: actor.userId });
        existing.push(rating);
      }
      this.audit.record(this.em, actor, {
        action: 'committee.rating.record',
        subjectType: 'TalentRating',
        subjectId: rating.id,
        employeeId: item.employee.id,
        details: { year: item.year, before, after: { performance: item.performance, potential: item.potential } },
      });
      return rating;
    });
  }

  /** Imports ratings from CSV: all rows or none; each bad row named by line and field. */
  async importTalentRatings(actor: Actor, input: ImportTalentRatingsInput): Promise<RatingImportResult> {
    assertCan(committeePolicy.rate(actor), 'Only administrators import performance and potential ratings');
    const { rows, errors } = parseRatingsCsv(input.csv);
    const nips = [...new Set(rows.map((r) => r.nip))];
    const employees = nips.length ? await this.em.find(Employee, { nip: { $in: nips } }) : [];
    const byNip = new Map(employees.map((e) => [e.nip, e]));
    for (const row of rows) {
      if (!byNip.has(row.nip)) errors.push({ line: row.line, field: 'nip', rule: 'NOT_FOUND', message: `No employee has NIP ${row.nip}` });
    }
    const seen = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.nip}/${row.year}`;
      if (seen.has(key))
        errors.push({
          line: row.line,
          field: 'tahun',
          rule: 'DUPLICATE',
          message: `Line ${seen.get(key)} already rates this employee for ${row.year}`,
        });
      else seen.set(key, row.line);
    }
    if (errors.length) return { saved: 0, errors: errors.sort((a, b) => a.line - b.line) };
    await this.saveRatings(
      actor,
      rows.map((r) => ({ employee: byNip.get(r.nip)!, year: r.year, performance: r.performance, potential: r.potential })),
    );
    await this.em.flush();
    return { saved: rows.length, errors: [] };
  }

  /** The viewer's saved searches, by name. */
  async savedSearches(actor: Actor): Promise<SavedSearch[]> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators keep searches');
    return this.em.find(SavedSearch, { ownerId: actor.userId }, { orderBy: { name: 'asc' } });
  }

  /** Saves the conditions under a name; the same name replaces the earlier search. */
  async saveSearch(actor: Actor, input: SaveSearchInput): Promise<SavedSearch> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators keep searches');
    await this.checkFilter(input.filter);
    const name = input.name.trim();
    const mine = await this.em.find(SavedSearch, { ownerId: actor.userId });
    let saved = mine.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!saved && mine.length >= COMMITTEE_LIMITS.savedSearchesPerUser) {
      throw BadInputError.field('name', 'TOO_MANY', `Keep at most ${COMMITTEE_LIMITS.savedSearchesPerUser} searches; delete one first`);
    }
    if (saved) Object.assign(saved, { name, filter: filterSnapshot(input.filter) });
    else saved = this.em.create(SavedSearch, { ownerId: actor.userId, name, filter: filterSnapshot(input.filter) });
    await this.em.flush();
    return saved;
  }

  async deleteSavedSearch(actor: Actor, id: string): Promise<boolean> {
    assertCan(committeePolicy.read(actor), 'Only the career committee and administrators keep searches');
    const saved = await this.em.findOne(SavedSearch, id);
    if (!saved) throw new NotFoundError('Saved search', id);
    assertCan(saved.ownerId === actor.userId, 'This search belongs to someone else');
    this.em.remove(saved);
    await this.em.flush();
    return true;
  }

  private localDate(instant: Date): string {
    return localDate(instant, this.clock.timeZone);
  }
}

/** The latest rating as the pool's statement read it, standing in for the entity (read only). */
function ratingOfRow(row: NonNullable<PoolRow['rating']>): TalentRating {
  return Object.assign(Object.create(TalentRating.prototype) as TalentRating, {
    id: row.id,
    year: row.year,
    performance: row.performance,
    potential: row.potential,
    recordedBy: row.recorded_by,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  });
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
