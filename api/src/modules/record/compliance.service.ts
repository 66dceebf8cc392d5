import type { EntityManager } from '@mikro-orm/postgresql';
import { jpTenths } from '@komunitas-pintar/domain';
import { type Actor, hasRole } from '../../common/actor';
import { type Clock, localDateTime } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { assertCan, NotFoundError } from '../../common/errors';
import { Role } from '../../common/role';
import { missingCompetencies } from '../competency/missing-competencies';
import { employeeScope } from '../organisation/employee-access';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { EmployeeType } from '../organisation/organisation.enums';
import { readSettings } from '../setting/setting.service';
import type { OpdComplianceInput, OpdComplianceMembersInput } from './compliance.inputs';
import type { ComplianceFigures, ComplianceMember, OpdCompliance, OpdComplianceMembers } from './compliance.types';
import type { ComplianceExport } from './compliance-export';
import { recommendForGaps } from './gap-recommenders';
import { RecordStatus } from './record.enums';
import { recordPolicy } from './record.policy';

/**
 * Every active employee of the OPDs given with their JP in the JP year starting in `year`, judged
 * against their rule, as the CTE `paced`. A PNS counts the approved records of the calendar year
 * against the target; a PPPK those ending in the contract year (from the first day of the
 * appointment month read from the NI PPPK, else January), capped at the maximum. `expected` is
 * what an even pace through the period reaches by `today`, cut to one decimal (the rule of
 * `expectedByPace`). `reached` is at the goal; `at_risk` below both the goal and the pace.
 * Parameters: year, today, target, PPPK maximum, OPD ids (a uuid[] literal).
 */
const PACED = `
  with params as (select ?::int as year, ?::date as today, ?::numeric as target, ?::numeric as pppk_max, ?::uuid[] as opds),
  person as (
    select e.id, e.opd_id, e.employee_type as type, params.*,
           make_date(params.year, case when e.employee_type = '${EmployeeType.PPPK}' and substr(e.nip, 13, 2) ~ '^(0[1-9]|1[0-2])$'
                                       then substr(e.nip, 13, 2)::int else 1 end, 1) as start
      from employee e cross join params
     where e.active and e.opd_id = any(params.opds)
  ),
  period as (select p.*, ((p.start + interval '1 year')::date - 1) as finish from person p),
  jp as (
    select p.*, coalesce(r.approved, 0) as approved, coalesce(r.pending, 0) as pending
      from period p
      left join lateral (
        select sum(r.jp) filter (where r.status = '${RecordStatus.APPROVED}') as approved,
               sum(r.jp) filter (where r.status = '${RecordStatus.PENDING}') as pending
          from learning_record r
         where r.employee_id = p.id and r.status in ('${RecordStatus.APPROVED}', '${RecordStatus.PENDING}')
           and (case when p.type = '${EmployeeType.PPPK}' then r.year in (p.year, p.year + 1) and r.end_date between p.start and p.finish
                     else r.year = p.year end)
      ) r on true
  ),
  judged as (
    select jp.*,
           case when type = '${EmployeeType.PPPK}' then least(approved, pppk_max) else approved end as counted,
           case when type = '${EmployeeType.PPPK}' then pppk_max else target end as goal
      from jp
  ),
  expecting as (
    select judged.*,
           case when today >= finish then goal
                when today < start then 0
                else floor(goal * ((today - start) + 1) * 10 / ((finish - start) + 1)) / 10 end as expected
      from judged
  ),
  paced as (
    select expecting.*, counted >= goal as reached, counted < goal and counted < expected as at_risk
      from expecting
  )`;

/** The people of one OPD and type together, as `complianceGroups` counts them. */
export interface GroupRow {
  opd_id: string;
  type: EmployeeType;
  employees: number;
  reached: number;
  at_risk: number;
  jp: string;
}

interface MemberRow {
  id: string;
  counted: string;
  pending: string;
  goal: string;
  expected: string;
  reached: boolean;
  at_risk: boolean;
}

/** Figures of groups of employees together: counts add up, the average and percentage are cut to one decimal. */
export function figures(rows: GroupRow[]): ComplianceFigures {
  const employees = rows.reduce((n, r) => n + r.employees, 0);
  const reached = rows.reduce((n, r) => n + r.reached, 0);
  const tenths = rows.reduce((n, r) => n + jpTenths(Number(r.jp)), 0);
  return {
    employees,
    reached,
    percentage: employees ? Math.floor((1000 * reached) / employees) / 10 : 0,
    averageJp: employees ? Math.floor(tenths / employees) / 10 : 0,
    atRisk: rows.reduce((n, r) => n + r.at_risk, 0),
  };
}

/** One person below their goal and the even pace, for the export. */
export interface AtRiskRow {
  nip: string;
  name: string;
  type: EmployeeType;
  opd: string;
  position: string | null;
  counted: number;
  pending: number;
  goal: number;
  expected: number;
}

const uuidArray = (ids: string[]): string => `{${ids.join(',')}}`;

/** The values `PACED` takes, with the goals in force. */
async function pacedValues(
  em: EntityManager,
  year: number,
  today: string,
  opdIds: string[],
): Promise<{ values: unknown[]; target: number; pppkMax: number }> {
  const settings = await readSettings(em);
  const target = settings['jp.pnsYearlyTarget'];
  const pppkMax = settings['jp.pppkYearlyMax'];
  return { values: [year, today, target, pppkMax, uuidArray(opdIds)], target, pppkMax };
}

/**
 * Per OPD and employee type of the OPDs given: the active people, those at their goal and those at
 * risk, and their counted JP in the JP year starting in `year`, from one statement.
 */
export async function complianceGroups(
  em: EntityManager,
  year: number,
  today: string,
  opdIds: string[],
): Promise<{ rows: GroupRow[]; target: number; pppkMax: number }> {
  const { values, target, pppkMax } = await pacedValues(em, year, today, opdIds);
  const rows: GroupRow[] = opdIds.length
    ? await em.getConnection().execute(
        `${PACED}
         select opd_id, type, count(*)::int as employees,
                count(*) filter (where reached)::int as reached,
                count(*) filter (where at_risk)::int as at_risk,
                sum(counted) as jp
           from paced group by opd_id, type`,
        values,
      )
    : [];
  return { rows, target, pppkMax };
}

/** Each OPD's JP compliance, and the people of one OPD with what their gap recommends. */
export class ComplianceService {
  constructor(private readonly em: EntityManager) {}

  /** The OPDs the actor may see the compliance of, by name: all for an administrator, the supervised ones for a supervisor. */
  private async visibleOpds(actor: Actor): Promise<Opd[]> {
    assertCan(recordPolicy.readComplianceReport(actor), 'Only administrators and supervisors see JP compliance');
    if (hasRole(actor, Role.ADMIN)) return this.em.find(Opd, {}, { orderBy: { name: 'asc' } });
    const scope = await employeeScope(this.em, actor);
    const ids = [...scope.supervisedOpds].filter((id) => recordPolicy.readCompliance(actor, id, scope));
    return ids.length ? this.em.find(Opd, { id: { $in: ids } }, { orderBy: { name: 'asc' } }) : [];
  }

  /** Per OPD and in total: PNS and PPPK counted, at their goal, average JP and at risk, from one statement. */
  async opdCompliance(actor: Actor, input: OpdComplianceInput, today: string): Promise<OpdCompliance> {
    const opds = await this.visibleOpds(actor);
    const { rows, target, pppkMax } = await complianceGroups(
      this.em,
      input.year,
      today,
      opds.map((o) => o.id),
    );
    const of = (opdId: string | null, type: EmployeeType) => rows.filter((r) => (opdId == null || r.opd_id === opdId) && r.type === type);
    return {
      year: input.year,
      asOf: today,
      targetJp: target,
      pppkMaxJp: pppkMax,
      opds: opds.map((opd) => ({ opd, pns: figures(of(opd.id, EmployeeType.PNS)), pppk: figures(of(opd.id, EmployeeType.PPPK)) })),
      total: { pns: figures(of(null, EmployeeType.PNS)), pppk: figures(of(null, EmployeeType.PPPK)) },
    };
  }

  /**
   * What the year's compliance workbook holds: the report and everyone at risk. Audited, since it
   * names people, before any byte of the file is written, so a file that leaves is always on record.
   */
  async exportData(actor: Actor, input: OpdComplianceInput, clock: Clock): Promise<ComplianceExport> {
    const today = clock.today();
    const report = await this.opdCompliance(actor, input, today);
    const atRisk = await this.atRisk(actor, input, today);
    const madeAt = localDateTime(clock.now(), clock.timeZone);
    new AuditService(clock).record(this.em, actor, {
      action: 'record.compliance.export',
      subjectType: 'OpdCompliance',
      details: { year: input.year, opds: report.opds.length, atRisk: atRisk.length, nips: atRisk.map((r) => r.nip) },
    });
    await this.em.flush();
    return { report, atRisk, madeAt, madeBy: actor.username };
  }

  /** Everyone at risk in the OPDs the actor may see, by OPD and name, from one statement (for the export). */
  async atRisk(actor: Actor, input: OpdComplianceInput, today: string): Promise<AtRiskRow[]> {
    const opds = await this.visibleOpds(actor);
    if (!opds.length) return [];
    const { values } = await pacedValues(
      this.em,
      input.year,
      today,
      opds.map((o) => o.id),
    );
    const rows: Record<string, string>[] = await this.em.getConnection().execute(
      `${PACED}
       select e.nip, e.name, paced.type, o.name as opd, ps.name as position, paced.counted, paced.pending, paced.goal, paced.expected
         from paced
         join employee e on e.id = paced.id
         join opd o on o.id = paced.opd_id
         left join position ps on ps.id = e.position_id
        where paced.at_risk
        order by o.name, e.name, e.nip`,
      values,
    );
    return rows.map((r) => ({
      nip: r.nip,
      name: r.name,
      type: r.type as EmployeeType,
      opd: r.opd,
      position: r.position ?? null,
      counted: Number(r.counted),
      pending: Number(r.pending),
      goal: Number(r.goal),
      expected: Number(r.expected),
    }));
  }

  /**
   * The active people of one OPD with their JP, at risk first, then furthest from their goal; those
   * below their goal with the modules and groups that close their competency gap. A constant
   * number of statements whatever the size of the OPD.
   */
  async opdMembers(actor: Actor, input: OpdComplianceMembersInput, today: string): Promise<OpdComplianceMembers> {
    const opd = await this.em.findOne(Opd, input.opdId);
    if (!opd) throw new NotFoundError('Opd', input.opdId);
    assertCan(
      recordPolicy.readCompliance(actor, opd.id, await employeeScope(this.em, actor)),
      'Only administrators and the supervisors of this OPD see its compliance',
    );
    const { values } = await pacedValues(this.em, input.year, today, [opd.id]);
    const rows: MemberRow[] = await this.em.getConnection().execute(
      `${PACED}
       select id, counted, pending, goal, expected, reached, at_risk from paced`,
      values,
    );
    const employees = rows.length ? await this.em.find(Employee, { id: { $in: rows.map((r) => r.id) } }, { populate: ['position'] }) : [];
    const byId = new Map(employees.map((e) => [e.id, e]));
    const members: Omit<ComplianceMember, 'recommendations'>[] = rows.map((r) => ({
      employee: byId.get(r.id)!,
      countedJp: Number(r.counted),
      pendingJp: Number(r.pending),
      goalJp: Number(r.goal),
      expectedJp: Number(r.expected),
      reached: r.reached,
      atRisk: r.at_risk,
    }));
    const below = members
      .filter((m) => !m.reached)
      .map((m) => ({ id: m.employee.id, positionId: m.employee.position?.id ?? null, opdId: opd.id }));
    const gaps = await missingCompetencies(this.em, below, today);
    const recommendations = await recommendForGaps(this.em, gaps, below);
    return {
      opd,
      year: input.year,
      asOf: today,
      members: members
        .map((m) => ({ ...m, recommendations: recommendations.get(m.employee.id) ?? [] }))
        .sort(
          (a, b) =>
            Number(b.atRisk) - Number(a.atRisk) ||
            a.countedJp / a.goalJp - b.countedJp / b.goalJp ||
            a.employee.name.localeCompare(b.employee.name, 'id'),
        ),
    };
  }
}
