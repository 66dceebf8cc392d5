import type { EntityManager } from '@mikro-orm/postgresql';
import { METHOD_PRECEDENCE } from '../competency/level-rule';
import type { AssessmentMethod } from '../competency/competency.enums';
import { TalentSort, type TalentFilter } from './committee.inputs';

/**
 * The SQL of the talent search. One statement finds a page of matching employees with the total;
 * two more read the facts of that page (deciding evidence, JP per year). The statements do not
 * grow with the page size.
 *
 * The competency rule is the profile's (`decidingEvidence`): of an employee's unexpired evidence of
 * a competency (only the chosen methods, when methods are given), the strongest method decides,
 * then the latest date. That deciding evidence must reach the level and, with
 * `evidenceWithinMonths`, be no older than that.
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

export interface TalentQuery {
  filter: TalentFilter;
  /** YYYY-MM-DD: evidence valid on this day counts. */
  today: string;
  /** YYYY-MM-DD: the oldest evidence counting, with `evidenceWithinMonths`. */
  evidenceSince: string | null;
  /** The JP years shown (and tested, with `minJp`). */
  jpFrom: number;
  jpTo: number;
  /** Per year, when a JP condition applies. */
  minJp: number | null;
  sort: TalentSort;
  offset: number;
  limit: number;
}

const PRECEDENCE = `array_position(array[${METHOD_PRECEDENCE.map((m) => `'${m}'`).join(', ')}]::text[], a.method)`;

/** Deciding evidence per (employee, competency) among `employeeSource` and the competencies. */
function decidingEvidenceSql(sql: Sql, employeeSource: string, competencyIds: string[], today: string, methods: AssessmentMethod[] | null | undefined): string {
  return `select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level, a.method, a.assessed_on::text as assessed_on
    from competency_assessment a
    where a.employee_id in (${employeeSource}) and a.competency_id in (${sql.list(competencyIds)})
      and a.valid_until >= ${sql.bind(today)}
      ${methods?.length ? `and a.method in (${sql.list(methods)})` : ''}
    order by a.employee_id, a.competency_id, ${PRECEDENCE}, a.assessed_on desc, a.created_at desc`;
}

export interface TalentHit {
  id: string;
  total: number;
}

/** One page of the ids of matching employees, in order, with the number of all matches. */
export async function findTalent(em: EntityManager, q: TalentQuery): Promise<{ ids: string[]; total: number }> {
  const sql = new Sql();
  const f = q.filter;
  const where: string[] = ['e.active'];
  if (f.search?.trim()) {
    const text = f.search.trim();
    where.push(`(e.name ilike ${sql.bind(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} or e.nip like ${sql.bind(`${text.replace(/[\\%_]/g, '')}%`)})`);
  }
  if (f.opdIds?.length) where.push(`e.opd_id in (${sql.list(f.opdIds)})`);
  if (f.positionTypes?.length) where.push(`p.position_type in (${sql.list(f.positionTypes)})`);
  if (f.ranks?.length) where.push(`e.rank in (${sql.list(f.ranks)})`);
  if (f.employeeTypes?.length) where.push(`e.employee_type in (${sql.list(f.employeeTypes)})`);

  const ctes = [`cand as (select e.id, e.name, e.nip from employee e left join position p on p.id = e.position_id where ${where.join(' and ')})`];
  const hit: string[] = [];
  const conditions = f.competencies ?? [];
  if (conditions.length) {
    const ids = [...new Set(conditions.map((c) => c.competencyId))];
    ctes.push(`ev as (${decidingEvidenceSql(sql, 'select id from cand', ids, q.today, f.evidenceMethods)})`);
    const values = conditions.map((c) => `(${sql.bind(c.competencyId)}::uuid, ${sql.bind(c.minLevel)}::int)`).join(', ');
    ctes.push(`comp_ok as (select ev.employee_id from ev join (values ${values}) c(cid, lvl) on c.cid = ev.competency_id and ev.level >= c.lvl
      ${q.evidenceSince ? `where ev.assessed_on >= ${sql.bind(q.evidenceSince)}` : ''}
      group by ev.employee_id having count(distinct ev.competency_id) = ${sql.bind(ids.length)})`);
    hit.push('cand.id in (select employee_id from comp_ok)');
  }
  if (q.minJp !== null) {
    ctes.push(`jp_year as (select r.employee_id from learning_record r
      where r.employee_id in (select id from cand) and r.status = 'APPROVED' and r.year between ${sql.bind(q.jpFrom)} and ${sql.bind(q.jpTo)}
      group by r.employee_id, r.year having sum(r.jp) >= ${sql.bind(q.minJp)})`);
    ctes.push(`jp_ok as (select employee_id from jp_year group by employee_id having count(*) = ${sql.bind(q.jpTo - q.jpFrom + 1)})`);
    hit.push('cand.id in (select employee_id from jp_ok)');
  }
  let order = 'cand.name, cand.nip';
  let jpJoin = '';
  if (q.sort === TalentSort.NIP) order = 'cand.nip';
  if (q.sort === TalentSort.JP) {
    jpJoin = `left join lateral (select coalesce(sum(r.jp), 0) as jp from learning_record r
      where r.employee_id = cand.id and r.status = 'APPROVED' and r.year between ${sql.bind(q.jpFrom)} and ${sql.bind(q.jpTo)}) j on true`;
    order = 'j.jp desc, cand.name, cand.nip';
  }
  const text = `with ${ctes.join(',\n')}
    select cand.id, count(*) over () as total from cand ${jpJoin}
    ${hit.length ? `where ${hit.join(' and ')}` : ''}
    order by ${order}, cand.id
    limit ${sql.bind(q.limit)} offset ${sql.bind(q.offset)}`;
  const rows = await em.getConnection().execute<{ id: string; total: string }[]>(text, sql.params, 'all');
  return { ids: rows.map((r) => r.id), total: rows.length ? Number(rows[0].total) : 0 };
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
  const text = decidingEvidenceSql(sql, sql.list(employeeIds), competencyIds, today, methods);
  const rows = await em.getConnection().execute<{ employee_id: string; competency_id: string; level: number; method: AssessmentMethod; assessed_on: string }[]>(text, sql.params, 'all');
  return rows.map((r) => ({
    employeeId: r.employee_id,
    competencyId: r.competency_id,
    level: r.level,
    method: r.method,
    assessedOn: r.assessed_on,
  }));
}

/** Approved JP per employee and year, for the years given (one statement). */
export async function jpByYearOf(em: EntityManager, employeeIds: string[], fromYear: number, toYear: number): Promise<Map<string, Map<number, number>>> {
  const result = new Map<string, Map<number, number>>();
  if (!employeeIds.length) return result;
  const sql = new Sql();
  const text = `select r.employee_id, r.year, sum(r.jp) as jp from learning_record r
    where r.employee_id in (${sql.list(employeeIds)}) and r.status = 'APPROVED' and r.year between ${sql.bind(fromYear)} and ${sql.bind(toYear)}
    group by r.employee_id, r.year`;
  const rows = await em.getConnection().execute<{ employee_id: string; year: number; jp: string }[]>(text, sql.params, 'all');
  for (const r of rows) {
    const years = result.get(r.employee_id) ?? new Map<number, number>();
    years.set(Number(r.year), Number(r.jp));
    result.set(r.employee_id, years);
  }
  return result;
}
