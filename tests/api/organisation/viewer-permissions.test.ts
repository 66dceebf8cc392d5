import { Role } from '../../../api/src/common/role';
import { anOpd, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, setupTestApp, type TestApp } from '../../support/test-app';

const VIEWER_CAN = `query ViewerCan { viewerCan { browseEmployees } }`;
const EMPLOYEES = `query Employees { employees { total } }`;
const EMPLOYEE = `query Employee($id: ID!) { employee(id: $id) { id viewerCan { update readRecords } } }`;
const GAP = `query CompetencyGap($input: CompetencyGapInput!) { competencyGap(input: $input) { employee { id } } }`;

let t: TestApp;
let learner: TestUser; // DISKOMINFO
let supervisor: TestUser; // supervises DISKOMINFO
let otherSupervisor: TestUser; // supervises DINKES
let byRole: Record<'TRAINER' | 'COMMITTEE' | 'ADMIN', TestUser>;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  learner = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { opdCode: 'DISKOMINFO' }) });
  supervisor = await makeUser(em, [Role.SUPERVISOR]);
  otherSupervisor = await makeUser(em, [Role.SUPERVISOR]);
  await supervise(em, supervisor, [await anOpd(em, 'DISKOMINFO')]);
  await supervise(em, otherSupervisor, [await anOpd(em, 'DINKES')]);
  byRole = {
    TRAINER: await makeUser(em, [Role.TRAINER]),
    COMMITTEE: await makeUser(em, [Role.COMMITTEE]),
    ADMIN: await makeUser(em, [Role.ADMIN]),
  };
});
afterAll(() => t.close());

// viewerCan takes no input (no bad-input case) and answers every logged-in user (no wrong role).
describe('viewerCan: the employee directory', () => {
  it('is refused to visitors who are not logged in', async () => {
    expect(errorCode(await t.gql(VIEWER_CAN))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a learner', () => learner, false],
    ['a supervisor', () => supervisor, true],
    ['a trainer', () => byRole.TRAINER, true],
    ['the committee', () => byRole.COMMITTEE, true],
    ['an administrator', () => byRole.ADMIN, true],
  ])('tells %s whether the directory opens (%s), as the directory itself answers', async (_who, user, allowed) => {
    expect((await t.gql(VIEWER_CAN, {}, user().actor)).data!.viewerCan).toEqual({ browseEmployees: allowed });
    const listed = await t.gql(EMPLOYEES, {}, user().actor);
    expect(allowed ? listed.data!.employees.total : errorCode(listed)).toEqual(allowed ? expect.any(Number) : 'FORBIDDEN');
  });

  it('is answered, with the account itself, while an issued password waits to be changed', async () => {
    const actor = { ...byRole.TRAINER.actor, mustChangePassword: true };
    const result = await t.gql(`query { me { username } viewerCan { browseEmployees } }`, {}, actor);
    expect(result.data).toEqual({ me: { username: byRole.TRAINER.actor.username }, viewerCan: { browseEmployees: true } });
    expect(errorCode(await t.gql(EMPLOYEES, {}, actor))).toBe('FORBIDDEN');
  });
});

describe("an employee's viewerCan.readRecords", () => {
  it.each([
    ['the employee', () => learner, true],
    ['a supervisor of their OPD', () => supervisor, true],
    ['a supervisor of another OPD, who sees the directory entry', () => otherSupervisor, false],
    ['a trainer, who sees the directory entry', () => byRole.TRAINER, false],
    ['the committee', () => byRole.COMMITTEE, true],
    ['an administrator', () => byRole.ADMIN, true],
  ])('is %s for %s, as the records themselves answer', async (_who, user, allowed) => {
    const id = learner.user.employee!.id;
    const employee = await t.gql(EMPLOYEE, { id }, user().actor);
    expect(employee.data!.employee.viewerCan.readRecords).toBe(allowed);
    const gap = await t.gql(GAP, { input: { employeeId: id } }, user().actor);
    expect(allowed ? gap.data!.competencyGap.employee.id : errorCode(gap)).toBe(allowed ? id : 'FORBIDDEN');
  });
});
