import type { EntityManager } from '@mikro-orm/postgresql';
import { containsPattern } from '../../common/text';
import { methodRankSql } from '../competency/level-rule';
import type { AssessmentMethod } from '../competency/competency.enums';
import type { Employee } from '../organisation/employee.entity';
import { EMPLOYEE_COLUMNS, type EmployeeRow, employeeOfRow } from '../organisation/employee-directory';
import { Opd } from '../organisation/opd.entity';
import { type PositionJson, positionOfJson } from '../organisation/position-json';
import type { Position } from '../organisation/position.entity';
import type { PositionCompetency } from '../competency/position-competency.entity';
import { COMPETENCY_COLUMNS, type StandardJson, standardOfJson } from '../competency/standard-json';
import { TalentSort, type TalentFilter } from './committee.inputs';
import { readRows as readPlainRows } from '../../common/read-model';

/**
 * The SQL of the talent search. One statement finds a page of matching employees with the total
 * and the facts of that page (deciding evidence, JP per year, certificates, groups); it does not
 * grow with the page size. Statements run on the caller's transaction, when there is one
 * (`readRows`): a read that took a second connection while its transaction holds the first would,
 * with as many concurrent requests as connections, wait for a connection none of them gives back.
 * Approved JP per year come from `employee_jp_year`, which PostgreSQL keeps from the learning
 * records (one row per employee and year instead of every record).
 *
 * The competency rule is the profile's (`decidingEvidence`): of an employee's unexpired evidence of
 * a competency (only the chosen methods, when methods are given), the strongest method decides,
 * then the latest date. That deciding evidence must reach the level and, with
 * `evidenceWithinMonths`, be no older than that. It is read per competency, then per employee, in the
 * order of the index of deciding evidence (`DECIDING_INDEX`), so the first row of each employee is
 * theirs without sorting every unexpired row of the competencies asked about.
 */

/** A SQL text with positional `?` bindings, built piece by piece. */
class Sql {
  readonly params: unknown[] = [];
  /** `?, ?, ?` for the values, bound in order. */
  list(values: readonly unknown[]): string {
    this.params.push(...values);
    return values.map(() => '?').join(', ');
  }
  bind(value: unknown): string {
    this.params.push(value);
    return '?';
  }
}

/**
 * The rows of one of the search's statements: planned for their values each time, since a search's
 * best plan depends on how many people each condition leaves (and its text varies with the filter).
 */
function readRows<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  return readPlainRows<T>(em, text, values, { planEachTime: true });
}

export interface TalentQuery {
  filter: TalentFilter;
  /** YYYY-MM-DD: evidence valid on this day counts. */
  today: string;
  /** YYYY-MM-DD: the oldest evidence counting, with `evidenceWithinMonths`. */
  evidenceSince: string | null;
  /** YYYY-MM-DD: with `minYearsInPosition`, the latest start in the current position that matches. */
  positionSinceAtMost?: string | null;
  /** The JP years shown (and tested, with `minJp`). */
  jpFrom: number;
  jpTo: number;
  /** Per year, when a JP condition applies. */
  minJp: number | null;
  sort: TalentSort;
  offset: number;
  limit: number;
}

/**
 * Deciding evidence per (competency, employee) among `employeeSource` (a SQL list or subquery;
 * every employee when null) and `competencies` (a SQL array of ids), valid on `today`, in the order
 * of the index of deciding evidence: competency, employee, then the rule's order, so PostgreSQL keeps
 * each pair's first row as it reads the index. `assessed_on` stays a date (compared as one, and
 * written as YYYY-MM-DD in JSON); a read returning it as a column turns it into text itself.
 */
function decidingEvidenceSql(
  sql: Sql,
  employeeSource: string | null,
  competencies: string,
  today: string,
  methods: AssessmentMethod[] | null | undefined,
): string {
  return `select distinct on (a.competency_id, a.employee_id) a.employee_id, a.competency_id, a.level, a.method, a.assessed_on
    from competency_assessment a
    where ${employeeSource === null ? '' : `a.employee_id in (${employeeSource}) and`} a.competency_id = any(${competencies})
      and a.valid_until >= ${sql.bind(today)}
      ${methods?.length ? `and a.method in (${sql.list(methods)})` : ''}
    order by a.competency_id, a.employee_id, ${methodRankSql('a.method')}, a.assessed_on desc, a.created_at desc`;
}

/** The SQL array of the given competency ids, bound. */
function idArray(sql: Sql, ids: readonly string[]): string {
  return `array[${sql.list(ids)}]::uuid[]`;
}

/** A key of a search's order: its expression over the matching employees, and its name on the page. */
interface SortKey {
  expr: string;
  as: string;
  desc?: boolean;
}

/** The statement's head: the CTEs of the matching employees and the ordered page, as `page (id, total, n)`. */
function pageSql(sql: Sql, q: TalentQuery): string {
  const f = q.filter;
  const where: string[] = ['e.active'];
  if (f.search?.trim()) {
    const text = f.search.trim();
    where.push(`(e.name ilike ${sql.bind(containsPattern(text))} or e.nip like ${sql.bind(`${text.replace(/[\\%_]/g, '')}%`)})`);
  }
  if (f.opdIds?.length) where.push(`e.opd_id in (${sql.list(f.opdIds)})`);
  if (f.positionTypes?.length) where.push(`p.position_type in (${sql.list(f.positionTypes)})`);
  if (f.ranks?.length) where.push(`e.rank in (${sql.list(f.ranks)})`);
  if (f.employeeTypes?.length) where.push(`e.employee_type in (${sql.list(f.employeeTypes)})`);
  // The start in the current position is the open record of the positions held (organisation's table).
  if (q.positionSinceAtMost) {
    where.push(`exists (select 1 from position_held h
      where h.employee_id = e.id and h.to_date is null and h.from_date <= ${sql.bind(q.positionSinceAtMost)})`);
  }

  // Each condition reads only the employees that passed the ones before it (`survivors`), and every
  // CTE is read once, so PostgreSQL inlines them and plans one statement with the tables' own
  // statistics. A CTE read twice is materialised, and a condition's `having count(*) = n` is
  // estimated at a row or two: the planner then joined the matches to a rescan of the whole
  // candidate list per matching employee, a cost that grew with the square of the employees.
  // When the only condition on the person is being active, the first condition on evidence or JP
  // reads its own index instead of the whole staff list, and being active is checked last.
  const narrowed = where.length > 1;
  const ctes = narrowed
    ? [`cand as (select e.id from employee e left join position p on p.id = e.position_id where ${where.join(' and ')})`]
    : [];
  let survivors: string | null = narrowed ? 'select id from cand' : null;
  const among = (column: string) => (survivors ? `${column} in (${survivors}) and` : '');
  const conditions = f.competencies ?? [];
  if (conditions.length) {
    // Two conditions on one competency hold together when its highest level does.
    const levels = new Map<string, number>();
    for (const c of conditions) levels.set(c.competencyId, Math.max(levels.get(c.competencyId) ?? 0, c.minLevel));
    ctes.push(`ev as (${decidingEvidenceSql(sql, survivors, idArray(sql, [...levels.keys()]), q.today, f.evidenceMethods)})`);
    const values = [...levels].map(([id, level]) => `(${sql.bind(id)}::uuid, ${sql.bind(level)}::int)`).join(', ');
    // One row of evidence per competency and employee, and one condition per competency: counting rows counts competencies.
    ctes.push(`comp_ok as (select ev.employee_id from ev join (values ${values}) c(cid, lvl) on c.cid = ev.competency_id and ev.level >= c.lvl
      ${q.evidenceSince ? `where ev.assessed_on >= ${sql.bind(q.evidenceSince)}` : ''}
      group by ev.employee_id having count(*) = ${sql.bind(levels.size)})`);
    survivors = 'select employee_id from comp_ok';
  }
  if (q.minJp !== null) {
    ctes.push(`jp_ok as (select j.employee_id from employee_jp_year j
      where ${among('j.employee_id')} j.year between ${sql.bind(q.jpFrom)} and ${sql.bind(q.jpTo)} and j.jp >= ${sql.bind(q.minJp)}
      group by j.employee_id having count(*) = ${sql.bind(q.jpTo - q.jpFrom + 1)})`);
    survivors = 'select employee_id from jp_ok';
  }
  // Certificates and groups are read from the certificate and community tables (same-level
  // modules: their tables, not their code); a revoked certificate no longer counts.
  if (f.minCertificates || f.certificateTitle?.trim()) {
    ctes.push(`cert_ok as (select c.employee_id from certificate c
      where ${among('c.employee_id')} c.status = 'VALID'
      group by c.employee_id
      having count(*) >= ${sql.bind(f.minCertificates ?? 1)}
      ${f.certificateTitle?.trim() ? `and count(*) filter (where c.title ilike ${sql.bind(containsPattern(f.certificateTitle.trim()))}) > 0` : ''})`);
    survivors = 'select employee_id from cert_ok';
  }
  if (f.minGroupsCompleted) {
    ctes.push(`group_ok as (select m.employee_id from group_member m
      where ${among('m.employee_id')} m.completed_at is not null
      group by m.employee_id having count(distinct m.group_id) >= ${sql.bind(f.minGroupsCompleted)})`);
    survivors = 'select employee_id from group_ok';
  }
  // The sort's keys: read from the matching employees, and kept as the page's columns to number it.
  let keys: SortKey[] = [
    { expr: 'e.name', as: 'name' },
    { expr: 'e.nip', as: 'nip' },
  ];
  let jpJoin = '';
  if (q.sort === TalentSort.NIP) keys = [{ expr: 'e.nip', as: 'nip' }];
  if (q.sort === TalentSort.JP) {
    jpJoin = `left join lateral (select coalesce(sum(y.jp), 0) as jp from employee_jp_year y
      where y.employee_id = e.id and y.year between ${sql.bind(q.jpFrom)} and ${sql.bind(q.jpTo)}) j on true`;
    keys = [{ expr: 'j.jp', as: 'jp', desc: true }, ...keys];
  }
  const orderBy = (expr: (key: SortKey) => string, id: string) =>
    [...keys.map((key) => `${expr(key)}${key.desc ? ' desc' : ''}`), id].join(', ');
  const matching = [narrowed ? null : 'e.active', survivors ? `e.id in (${survivors})` : null].filter(Boolean).join(' and ');
  // The page is cut from the matches with a top-N sort and numbered after the cut: numbering the
  // matches before the limit would sort every one of them.
  ctes.push(`page as (select t.id, t.total, row_number() over (order by ${orderBy((key) => `t.${key.as}`, 't.id')}) as n
    from (select e.id, count(*) over () as total, ${keys.map((key) => `${key.expr} as ${key.as}`).join(', ')}
      from employee e ${jpJoin}
      where ${matching}
      order by ${orderBy((key) => key.expr, 'e.id')}
      limit ${sql.bind(q.limit)} offset ${sql.bind(q.offset)}) t)`);
  return `with ${ctes.join(',\n')}`;
}

/** One page of the ids of matching employees, in order, with the number of all matches. */
export async function findTalent(em: EntityManager, q: TalentQuery): Promise<{ ids: string[]; total: number }> {
  const sql = new Sql();
  const text = `${pageSql(sql, q)} select id, total from page order by n`;
  const rows = await readRows<{ id: string; total: string }>(em, text, sql.params);
  return { ids: rows.map((r) => r.id), total: rows.length ? Number(rows[0].total) : 0 };
}

/**
 * The `insert` of a search's audit entry (`AuditService.insertSql`), given how to bind a value and
 * the `jsonb` this statement adds to its details: the total and the ids listed.
 */
export type SearchAuditSql = (bind: (value: unknown) => string, moreDetails: string) => string;

/**
 * One page of matching employees with the facts of each (`talentFactsOf`), in order, and the number
 * of all matches, and the search's audit entry with the total and the ids listed: one statement, so
 * the entry is written exactly when the page is read (a failed write answers nothing).
 */
export async function findTalentWithFacts(
  em: EntityManager,
  q: TalentQuery,
  facts: Omit<FactsQuery, 'employeeIds'>,
  audit: SearchAuditSql,
): Promise<{ ids: string[]; total: number; facts: Map<string, TalentFacts> }> {
  const sql = new Sql();
  const head = pageSql(sql, q);
  const entry = `audit as (${audit(
    (value) => sql.bind(value),
    `jsonb_build_object('total', coalesce((select max(total) from page), 0),
      'employeeIds', coalesce((select jsonb_agg(id order by n) from page), '[]'::jsonb))`,
  )})`;
  const text = `${head},\n${entry} ${factsSql(sql, facts, 'join page on page.id = e.id', ', page.total')} order by page.n`;
  const rows = await readRows<FactsRow & { total: string }>(em, text, sql.params);
  return { ids: rows.map((r) => r.id), total: rows.length ? Number(rows[0].total) : 0, facts: factsOfRows(em, rows) };
}

export interface EvidenceFact {
  employeeId: string;
  competencyId: string;
  level: number;
  method: AssessmentMethod;
  assessedOn: string;
}

/** The deciding evidence of the given employees in the given competencies (one statement). */
export async function decidingEvidenceOf(
  em: EntityManager,
  employeeIds: string[],
  competencyIds: string[],
  today: string,
  methods?: AssessmentMethod[] | null,
): Promise<EvidenceFact[]> {
  if (!employeeIds.length || !competencyIds.length) return [];
  const sql = new Sql();
  const text = `select d.employee_id, d.competency_id, d.level, d.method, d.assessed_on::text as assessed_on
    from (${decidingEvidenceSql(sql, sql.list(employeeIds), idArray(sql, competencyIds), today, methods)}) d`;
  const rows = await readRows<{ employee_id: string; competency_id: string; level: number; method: AssessmentMethod; assessed_on: string }>(
    em,
    text,
    sql.params,
  );
  return rows.map((r) => ({
    employeeId: r.employee_id,
    competencyId: r.competency_id,
    level: r.level,
    method: r.method,
    assessedOn: r.assessed_on,
  }));
}

/** What a talent search row shows of an employee besides the person. */
export interface TalentFacts {
  employee: Employee;
  /** The deciding evidence in each competency asked about. */
  evidence: EvidenceFact[];
  /** Approved JP by year, for the years shown. */
  jp: Map<number, number>;
  /** Valid certificates held, the titles of those matching the title asked about, and groups completed. */
  certificates: number;
  matching: string[];
  groups: number;
}

/**
 * The rows of the given employees in one statement: each person with OPD and position, the
 * deciding evidence in the given competencies (the profile's rule, only the chosen methods when
 * methods are given), approved JP per year from `fromYear` to `toYear`, and the certificates and
 * community groups (read from those modules' tables, not their code; a revoked certificate does
 * not count).
 */
export async function talentFactsOf(em: EntityManager, q: FactsQuery): Promise<Map<string, TalentFacts>> {
  if (!q.employeeIds.length) return new Map();
  const sql = new Sql();
  const text = factsSql(sql, q, '', '');
  return factsOfRows(em, await readRows<FactsRow>(em, text, sql.params));
}

export interface FactsQuery {
  employeeIds: string[];
  competencyIds: string[];
  today: string;
  methods?: AssessmentMethod[] | null;
  fromYear: number;
  toYear: number;
  certificateTitle: string | null;
}

type FactsRow = EmployeeRow & {
  evidence: { c: string; l: number; m: AssessmentMethod; d: string }[];
  jp: { y: number; jp: number }[];
  certificates: string;
  matching: string[];
  groups: string;
};

/** The facts' select: of `q.employeeIds`, or of the employees `join` brings in (with `columns` added). */
function factsSql(sql: Sql, q: Omit<FactsQuery, 'employeeIds'> & { employeeIds?: string[] }, join: string, columns: string): string {
  const evidence = q.competencyIds.length
    ? `(select coalesce(json_agg(json_build_object('c', d.competency_id, 'l', d.level, 'm', d.method, 'd', d.assessed_on)), '[]')
        from (${decidingEvidenceSql(sql, 'e.id', idArray(sql, q.competencyIds), q.today, q.methods)}) d)`
    : `'[]'::json`;
  const jp = `(select coalesce(json_agg(json_build_object('y', y.year, 'jp', y.jp)), '[]') from employee_jp_year y
      where y.employee_id = e.id and y.year between ${sql.bind(q.fromYear)} and ${sql.bind(q.toYear)})`;
  const title = q.certificateTitle?.trim();
  const matches = title ? `c.title ilike ${sql.bind(containsPattern(title))}` : 'false';
  return `select ${EMPLOYEE_COLUMNS}, ${evidence} as evidence, ${jp} as jp,
      (select count(*) from certificate c where c.employee_id = e.id and c.status = 'VALID') as certificates,
      (select coalesce(json_agg(c.title order by c.issued_on desc), '[]') from certificate c
        where c.employee_id = e.id and c.status = 'VALID' and ${matches}) as matching,
      (select count(distinct m.group_id) from group_member m where m.employee_id = e.id and m.completed_at is not null) as groups${columns}
    from employee e ${join} join opd o on o.id = e.opd_id left join position p on p.id = e.position_id
    ${q.employeeIds ? `where e.id in (${sql.list(q.employeeIds)})` : ''}`;
}

function factsOfRows(em: EntityManager, rows: FactsRow[]): Map<string, TalentFacts> {
  const result = new Map<string, TalentFacts>();
  const opds = new Map<string, Opd>();
  const positions = new Map<string, Position>();
  for (const row of rows) {
    result.set(row.id, {
      employee: employeeOfRow(em, row, opds, positions),
      evidence: row.evidence.map((f) => ({ employeeId: row.id, competencyId: f.c, level: f.l, method: f.m, assessedOn: f.d })),
      jp: new Map(row.jp.map((y) => [Number(y.y), Number(y.jp)])),
      certificates: Number(row.certificates),
      matching: row.matching,
      groups: Number(row.groups),
    });
  }
  return result;
}

/** Weights of a talent pool's score (out of 100). */
export const POOL_WEIGHTS = { fit: 60, jp: 25, fresh: 15 } as const;
/** Complete years whose JP compliance counts in a pool. */
export const POOL_JP_YEARS = 3;
/** Evidence at most this many months old is fresh. */
export const POOL_FRESH_MONTHS = 24;

export interface PoolRow {
  employeeId: string;
  score: number;
  reached: number;
  met: number;
  fresh: number;
  compliant: number;
  levels: { c: string; r: number; l: number | null; d: string | null }[];
  jp: { y: number; jp: number }[] | null;
  considered: number;
  /** The candidate with OPD and position. */
  employee: Employee;
  /** The latest rating up to the year asked, as stored. */
  rating: {
    id: string;
    year: number;
    performance: string;
    potential: string;
    recorded_by: string | null;
    created_at: string;
    updated_at: string;
  } | null;
}

/** What one pool statement answers: the position and its standard (null when there is none), and the ranked candidates. */
export interface DrawnPool {
  position: Position | null;
  /** The standard's rows, by required level (empty when the position has none). */
  standard: PositionCompetency[];
  rows: PoolRow[];
}

/**
 * The `insert` of a pool's audit entry (`AuditService.insertSql`), given how to bind a value and
 * the `jsonb` this statement adds to its details: the position's code and the ids listed.
 */
export type PoolAuditSql = SearchAuditSql;

/**
 * A position's pool in one statement: the position, its standard (with the competencies), and the
 * best `limit` active employees for it (those already in it left out), ranked by fit to the
 * standard, JP compliance over complete years and fresh evidence; and the pool's audit entry with
 * the position's code and the ids listed, written exactly when the pool is read (a failed write
 * answers nothing) and only when the position has a standard to rank against. The fit is summed
 * over the evidence there is (a standard's levels are 1–5, so a competency without evidence
 * reaches and meets nothing) rather than over every employee times every competency. Every
 * candidate is scored from numbers only; the levels against the standard, JP per year, the person
 * and their latest rating (up to `ratingYear`) are read for the `limit` ranked ones. The position
 * and its standard come on the first row, which is there even when no one is ranked.
 */
export async function drawPool(
  em: EntityManager,
  q: {
    positionId: string;
    today: string;
    freshSince: string;
    fromYear: number;
    toYear: number;
    targetJp: number;
    limit: number;
    ratingYear: number;
  },
  audit: PoolAuditSql,
): Promise<DrawnPool> {
  const sql = new Sql();
  // The position's standard (the `std` part) as an array of competencies.
  const standard = 'array(select competency_id from std)';
  const order = 'score desc, reached desc, employee_id';
  // Ranks are numbered over the `limit` kept rows, and the candidates are counted from `cand`: a
  // window over every candidate (`row_number()` or `count(*) over ()` in `scored`) would have them
  // all sorted before the limit, where a top-N sort keeps only the best `limit` while reading.
  // `cand`, read twice, is not materialised, so the ranking joins the staff table with its
  // statistics (a materialised list is estimated at many times its rows once joined).
  const text = `with pos as (select id, code, name, position_type, government_affair, summary, requirements, opd_id, created_at, updated_at
      from position where id = ${sql.bind(q.positionId)}),
    std as (select s.id, s.competency_id, s.required_level, s.created_at, s.updated_at from position_competency s
      where s.position_id = (select id from pos)),
    total as (select sum(required_level) as required, count(*) as n from std),
    cand as not materialized (select e.id from employee e
      where e.active and e.position_id is distinct from (select id from pos) and exists (select 1 from std)),
    ev as (${decidingEvidenceSql(sql, null, standard, q.today, null)}),
    fit as (select ev.employee_id,
        sum(least(ev.level, std.required_level)) as reached,
        count(*) filter (where ev.level >= std.required_level) as met,
        count(*) filter (where ev.assessed_on >= ${sql.bind(q.freshSince)}) as fresh
      from ev join std on std.competency_id = ev.competency_id
      group by ev.employee_id),
    comp as (select j.employee_id, count(*) filter (where j.jp >= ${sql.bind(q.targetJp)}) as compliant from employee_jp_year j
      where j.year between ${sql.bind(q.fromYear)} and ${sql.bind(q.toYear)} group by j.employee_id),
    scored as (select c.id as employee_id, coalesce(f.reached, 0) as reached, coalesce(f.met, 0) as met, coalesce(f.fresh, 0) as fresh,
        coalesce(comp.compliant, 0) as compliant,
        round((${POOL_WEIGHTS.fit} * coalesce(f.reached, 0)::numeric / total.required
          + ${POOL_WEIGHTS.jp} * coalesce(comp.compliant, 0)::numeric / ${POOL_JP_YEARS}
          + ${POOL_WEIGHTS.fresh} * coalesce(f.fresh, 0)::numeric / total.n), 1) as score
      from cand c cross join total left join fit f on f.employee_id = c.id left join comp on comp.employee_id = c.id),
    top as (select t.*, row_number() over (order by ${order}) as n
      from (select * from scored order by ${order} limit ${sql.bind(q.limit)}) t),
    audit as (${audit(
      (value) => sql.bind(value),
      `jsonb_build_object('positionCode', (select code from pos),
        'employeeIds', coalesce((select jsonb_agg(employee_id order by n) from top), '[]'::jsonb))`,
    ).replace(/\s*$/, '')} where exists (select 1 from std)),
    head as (select (select row_to_json(pos) from pos) as position,
      (select json_agg(json_build_object('id', std.id, 'required_level', std.required_level, 'created_at', std.created_at,
          'updated_at', std.updated_at, 'competency', row_to_json(c)) order by std.required_level, std.id)
        from std join (select ${COMPETENCY_COLUMNS} from competency) c
          on c.id = std.competency_id) as standard)
    select case when coalesce(s.n, 1) = 1 then h.position end as position, case when coalesce(s.n, 1) = 1 then h.standard end as standard,
      s.employee_id, s.score, s.reached, s.met, s.fresh, s.compliant, (select count(*) from cand) as considered,
      (select json_agg(json_build_object('c', std.competency_id, 'r', std.required_level, 'l', d.level, 'd', d.assessed_on))
        from std left join (${decidingEvidenceSql(sql, 's.employee_id', standard, q.today, null)}) d on d.competency_id = std.competency_id) as levels,
      (select json_agg(json_build_object('y', j.year, 'jp', j.jp) order by j.year) from employee_jp_year j
        where j.employee_id = s.employee_id and j.year between ${sql.bind(q.fromYear)} and ${sql.bind(q.toYear)}) as jp,
      (select row_to_json(r) from (select t.id, t.year, t.performance, t.potential, t.recorded_by, t.created_at, t.updated_at
        from talent_rating t where t.employee_id = s.employee_id and t.year <= ${sql.bind(q.ratingYear)} order by t.year desc limit 1) r) as rating,
      ${EMPLOYEE_COLUMNS}
    from head h left join (top s join employee e on e.id = s.employee_id join opd o on o.id = e.opd_id
      left join position p on p.id = e.position_id) on true
    order by s.n`;
  const rows = await readRows<
    EmployeeRow & Record<string, unknown> & { position: PositionJson | null; standard: StandardJson[] | null; employee_id: string | null }
  >(em, text, sql.params);
  const first = rows[0];
  const position = first?.position ? positionOfJson(em, first.position) : null;
  const standardRows = position && first.standard ? first.standard.map((row) => standardOfJson(position, row)) : [];
  const opds = new Map<string, Opd>();
  const positions = new Map<string, Position>();
  return {
    position,
    standard: standardRows,
    rows: rows
      .filter((r) => r.employee_id !== null)
      .map((r) => ({
        employeeId: r.employee_id!,
        score: Number(r.score),
        reached: Number(r.reached),
        met: Number(r.met),
        fresh: Number(r.fresh),
        compliant: Number(r.compliant),
        levels: r.levels as PoolRow['levels'],
        jp: r.jp as PoolRow['jp'],
        considered: Number(r.considered),
        employee: employeeOfRow(em, r, opds, positions),
        rating: r.rating as PoolRow['rating'],
      })),
  };
}
