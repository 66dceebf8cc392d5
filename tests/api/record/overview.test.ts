import { Opd } from '../../../api/src/modules/organisation/opd.entity';
import { Role } from '../../../api/src/common/role';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { LearningForm } from '../../../api/src/modules/record/learning-form.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { expectedByPace, OverviewService } from '../../../api/src/modules/record/overview.service';
import { PlanStatus, RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';
import { anOpd, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

const TEAM = `query Team { teamOverview { year members reached behind plansWaiting opds { code } membersBehind { employee { name } countedJp goalJp expectedJp } } }`;
const REGENCY = `query Regency { regencyJpFigures { year targetJp employees reached behind averageJp plansWaiting opdsFurthestBehind { opd { code } employees reached } } }`;

let t: TestApp;
let supervisor: TestUser;
let opd: Opd;
let seq = 0;

async function approvedJp(employeeId: string, jp: number, endDate: string, status = RecordStatus.APPROVED) {
  const em = t.em();
  seq++;
  em.create(LearningRecord, {
    employee: employeeId,
    source: RecordSource.EXTERNAL,
    sourceId: null,
    form: em.getReference(LearningForm, 3),
    title: `Pelatihan ${seq}`,
    startDate: endDate,
    endDate,
    minutes: jp * 45,
    jp,
    year: Number(endDate.slice(0, 4)),
    status,
  });
  await em.flush();
}

beforeAll(async () => {
  t = await setupTestApp();
  opd = await anOpd(t.em(), 'DINSOS');
  supervisor = await makeUser(t.em(), [Role.SUPERVISOR], {
    employee: await makeEmployee(t.em(), { opdCode: 'DINSOS', name: 'Pak Pengawas' }),
  });
  await supervise(t.em(), supervisor, [opd]);
  const done = await makeEmployee(t.em(), { opdCode: 'DINSOS', name: 'Ani Tuntas' });
  const slow = await makeEmployee(t.em(), { opdCode: 'DINSOS', name: 'Budi Lambat' });
  const onPace = await makeEmployee(t.em(), { opdCode: 'DINSOS', name: 'Citra Sesuai' });
  await makeEmployee(t.em(), { opdCode: 'DINSOS', name: 'Dedi Pensiun', active: false });
  await makeEmployee(t.em(), { opdCode: 'BKD', name: 'Eko Lain OPD' });
  await approvedJp(done.id, 20, '2026-03-10');
  await approvedJp(slow.id, 2, '2026-02-10');
  await approvedJp(slow.id, 8, '2026-05-10', RecordStatus.PENDING);
  await approvedJp(slow.id, 15, '2025-11-10');
  await approvedJp(onPace.id, 10.5, '2026-06-01');
  const em = t.em();
  em.create(DevelopmentPlan, { employee: slow.id, year: 2026, status: PlanStatus.SUBMITTED });
  em.create(DevelopmentPlan, { employee: supervisor.user.employee!.id, year: 2026, status: PlanStatus.SUBMITTED });
  await em.flush();
});
afterAll(() => t.close());

describe('the even pace', () => {
  it('is the share of the period gone by, cut to one decimal, and the whole goal from the last day', () => {
    const year = { start: '2026-01-01', end: '2026-12-31' };
    expect(expectedByPace(20, year, '2026-07-02')).toBe(10);
    expect(expectedByPace(20, year, '2026-01-01')).toBe(0);
    expect(expectedByPace(20, year, '2026-12-31')).toBe(20);
  });
});

describe("a supervisor's team", () => {
  it('is refused when logged out and to other roles', async () => {
    expect(errorCode(await t.gql(TEAM))).toBe('UNAUTHENTICATED');
    const trainer = await makeUser(t.em(), [Role.TRAINER], { withEmployee: false });
    expect(errorCode(await t.gql(TEAM, {}, trainer.actor))).toBe('FORBIDDEN');
  });

  it("counts the active members of the supervised OPDs (not the supervisor) with this year's approved JP, and lists those behind the pace", async () => {
    const team = await new OverviewService(t.em()).team(supervisor.actor, '2026-07-02');
    expect(team.opds.map((o) => o.code)).toEqual(['DINSOS']);
    expect(team.members).toBe(3);
    expect(team.reached).toBe(1);
    // Budi: 2 approved JP this year (last year's 15 and the pending 8 do not count) against 10 by pace.
    expect(team.behind).toBe(1);
    expect(team.membersBehind.map((m) => [m.employee.name, m.countedJp, m.goalJp, m.expectedJp])).toEqual([['Budi Lambat', 2, 20, 10]]);
    // The supervisor's own submitted plan is not one they decide.
    expect(team.plansWaiting).toBe(1);
  });

  it('is empty for a supervisor without OPDs', async () => {
    const other = await makeUser(t.em(), [Role.SUPERVISOR], { withEmployee: false });
    const result = await t.gql(TEAM, {}, other.actor);
    expect(result.data!.teamOverview).toMatchObject({ members: 0, opds: [], membersBehind: [] });
  });

  it('answers over GraphQL for the supervisor', async () => {
    const result = await t.gql(TEAM, {}, supervisor.actor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.teamOverview.members).toBe(3);
  });
});

describe("the regency's figures", () => {
  it('are for administrators only', async () => {
    expect(errorCode(await t.gql(REGENCY))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REGENCY, {}, supervisor.actor))).toBe('FORBIDDEN');
  });

  it('count active PNS at the target and behind the pace, with the OPDs furthest behind', async () => {
    const figures = await new OverviewService(t.em()).regency('2026-07-02');
    // DINSOS: the supervisor (0), Ani (20), Budi (2), Citra (10.5); BKD: Eko (0). Dedi is inactive.
    expect(figures).toMatchObject({ year: 2026, targetJp: 20, employees: 5, reached: 1, behind: 3, averageJp: 6.5, plansWaiting: 2 });
    expect(figures.opdsFurthestBehind.map((f) => [f.opd.code, f.employees, f.reached])).toEqual([
      ['BKD', 1, 0],
      ['DINSOS', 4, 1],
    ]);
    const admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
    const result = await t.gql(REGENCY, {}, admin.actor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.regencyJpFigures.employees).toBe(5);
  });

  it('leave PPPK out of the PNS target', async () => {
    await makeEmployee(t.em(), { opdCode: 'BKD', employeeType: EmployeeType.PPPK, nip: '199001012024211001' });
    const figures = await new OverviewService(t.em()).regency('2026-07-02');
    expect(figures.employees).toBe(5);
  });
});
