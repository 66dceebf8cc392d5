import type { EntityManager } from '@mikro-orm/postgresql';
import { floorJp, sumJp } from '@komunitas-pintar/domain';
import type { Actor } from '../../common/actor';
import { daysBetween } from '../../common/dates';
import { employeeScope } from '../organisation/employee-access';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { EmployeeType } from '../organisation/organisation.enums';
import { readSettings } from '../setting/setting.service';
import { complianceGroups, figures as complianceFigures } from './compliance.service';
import { DevelopmentPlan } from './development-plan.entity';
import { jpPeriodContaining, type JpPeriod } from './jp-period';
import { LearningRecord } from './learning-record.entity';
import type { OpdJpFigure, RegencyJpFigures, TeamMemberJp, TeamOverview } from './overview.types';
import { PlanStatus, RecordStatus } from './record.enums';

const BEHIND_LISTED = 10;
const OPDS_LISTED = 5;

/** The JP an even pace through the period reaches by `today`, cut to one decimal. */
export function expectedByPace(goal: number, period: Pick<JpPeriod, 'start' | 'end'>, today: string): number {
  if (today >= period.end) return goal;
  if (today < period.start) return 0;
  const elapsed = daysBetween(period.start, today).length;
  const total = daysBetween(period.start, period.end).length;
  return floorJp((goal * elapsed) / total);
}

/** JP overviews for the home pages: a supervisor's team and the regency's figures. */
export class OverviewService {
  constructor(private readonly em: EntityManager) {}

  /** The active employees of the OPDs the actor supervises (not the actor), with their JP this period. */
  async team(actor: Actor, today: string): Promise<TeamOverview> {
    const scope = await employeeScope(this.em, actor);
    const opdIds = [...scope.supervisedOpds];
    const year = Number(today.slice(0, 4));
    if (!opdIds.length) return { year, opds: [], members: 0, reached: 0, behind: 0, plansWaiting: 0, membersBehind: [] };
    const notSelf = actor.employeeId ? { id: { $ne: actor.employeeId } } : {};
    const [opds, employees, plansWaiting, settings] = await Promise.all([
      this.em.find(Opd, { id: { $in: opdIds } }, { orderBy: { name: 'asc' } }),
      this.em.find(Employee, { opd: { $in: opdIds }, active: true, ...notSelf }, { orderBy: { name: 'asc' } }),
      this.em.count(DevelopmentPlan, { status: PlanStatus.SUBMITTED, employee: { opd: { $in: opdIds }, ...notSelf } }),
      readSettings(this.em),
    ]);
    const periods = new Map(employees.map((e) => [e.id, jpPeriodContaining(e.employeeType, e.nip, today)]));
    const starts = [...periods.values()].map((p) => p.start).sort();
    const ends = [...periods.values()].map((p) => p.end).sort();
    const records = employees.length
      ? await this.em.find(
          LearningRecord,
          {
            employee: { $in: employees.map((e) => e.id) },
            status: RecordStatus.APPROVED,
            endDate: { $gte: starts[0], $lte: ends[ends.length - 1] },
          },
          { fields: ['employee', 'jp', 'year', 'endDate'] },
        )
      : [];
    const byEmployee = new Map<string, { jp: number; year: number; endDate: string }[]>();
    for (const r of records) byEmployee.set(r.employee.id, [...(byEmployee.get(r.employee.id) ?? []), r]);

    const standings: TeamMemberJp[] = employees.map((employee) => {
      const period = periods.get(employee.id)!;
      const pns = employee.employeeType === EmployeeType.PNS;
      const own = byEmployee.get(employee.id) ?? [];
      // A PNS's records by their calendar year; a PPPK's by the end date within the contract year (as the ledger counts).
      const inPeriod = own.filter((r) => (pns ? r.year === period.year : r.endDate >= period.start && r.endDate <= period.end));
      const approved = sumJp(inPeriod.map((r) => Number(r.jp)));
      const goalJp = pns ? settings['jp.pnsYearlyTarget'] : settings['jp.pppkYearlyMax'];
      const countedJp = pns ? approved : Math.min(approved, goalJp);
      const expectedJp = expectedByPace(goalJp, period, today);
      const reached = countedJp >= goalJp;
      return { employee, countedJp, goalJp, expectedJp, reached, behind: !reached && countedJp < expectedJp };
    });
    const behind = standings.filter((s) => s.behind);
    return {
      year,
      opds,
      members: standings.length,
      reached: standings.filter((s) => s.reached).length,
      behind: behind.length,
      plansWaiting,
      membersBehind: behind
        .sort((a, b) => a.countedJp / a.goalJp - b.countedJp / b.goalJp || a.employee.name.localeCompare(b.employee.name))
        .slice(0, BEHIND_LISTED),
    };
  }

  /** Every active PNS of the regency against the yearly target, by OPD: the compliance figures of all OPDs. */
  async regency(today: string): Promise<RegencyJpFigures> {
    const year = Number(today.slice(0, 4));
    const [allOpds, plansWaiting] = await Promise.all([
      this.em.find(Opd, {}),
      this.em.count(DevelopmentPlan, { status: PlanStatus.SUBMITTED }),
    ]);
    const { rows, target } = await complianceGroups(
      this.em,
      year,
      today,
      allOpds.map((o) => o.id),
    );
    const pns = rows.filter((r) => r.type === EmployeeType.PNS);
    const opdById = new Map(allOpds.map((o) => [o.id, o]));
    const figures: OpdJpFigure[] = pns.map((r) => ({ opd: opdById.get(r.opd_id)!, employees: r.employees, reached: r.reached }));
    const total = complianceFigures(pns);
    return {
      year,
      targetJp: target,
      employees: total.employees,
      reached: total.reached,
      behind: total.atRisk,
      averageJp: total.averageJp,
      plansWaiting,
      opdsFurthestBehind: figures
        .sort((a, b) => a.reached / a.employees - b.reached / b.employees || a.opd.name.localeCompare(b.opd.name))
        .slice(0, OPDS_LISTED),
    };
  }
}
