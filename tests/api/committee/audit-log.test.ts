import { Role } from '../../../api/src/common/role';
import { makeEmployee, makeUser, usersByRole, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import type { Employee } from '../../../api/src/modules/organisation/employee.entity';

const LOG = `query($filter: AuditLogFilter, $page: PageInput) {
  auditLog(filter: $filter, page: $page) { total items { actorName action subjectType purpose detailsJson employee { name } } }
}`;
const ACTIONS = `{ auditActions }`;
const VIEWS = `query($page: PageInput) { myRecordViews(page: $page) { total items { actorName action purpose at } } }`;
const HISTORY = `query($input: EmployeeHistoryInput!) { employeeHistory(input: $input) { employee { id } } }`;
const SEARCH = `query($input: TalentSearchInput!) { talentSearch(input: $input) { total } }`;

// Setting up an app and four audited reads takes a minute on a busy 2-core machine.
jest.setTimeout(180_000);

let t: TestApp;
let users: Record<Role, TestUser>;
let committee: TestUser;
let watched: TestUser;
let other: Employee;

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  users = await usersByRole(em);
  committee = await makeUser(em, [Role.COMMITTEE], { username: 'komite-log' });
  watched = await makeUser(em, [Role.LEARNER], { username: 'pegawai-dilihat' });
  other = await makeEmployee(em, { name: 'Pegawai Lain Log' });
  await em.flush();
  const history = (employeeId: string, purpose: string) => t.gql(HISTORY, { input: { employeeId, purpose } }, committee.actor);
  expect((await history(watched.actor.employeeId!, 'Rapat Baperjakat Januari')).errors).toBeUndefined();
  expect((await history(watched.actor.employeeId!, 'Lowongan Kepala Seksi Data')).errors).toBeUndefined();
  expect((await history(other.id, 'Lowongan Kepala Seksi Data')).errors).toBeUndefined();
  expect((await t.gql(SEARCH, { input: { purpose: 'Pemetaan talenta OPD', search: 'Log' } }, committee.actor)).errors).toBeUndefined();
});
afterAll(() => t.close());

describe('auditLog (administrators browse and filter the log)', () => {
  it.each([
    ['an act', { action: 'committee.history.read' }, 3],
    ['the start of an act code', { action: 'committee.' }, 4],
    ['part of the actor', { actor: 'KOMITE-L' }, 4],
    ['the employee concerned', { employeeId: 'watched' }, 2],
    ['part of the purpose', { purpose: 'kepala seksi' }, 2],
    ['an act and an employee together', { action: 'committee.history.read', employeeId: 'other' }, 1],
    ['days that hold the acts', { from: '2000-01-01', to: '2100-12-31', actor: 'komite-log' }, 4],
    ['days after the acts', { from: '2100-01-01', actor: 'komite-log' }, 0],
    ['a purpose nobody gave (wildcards are plain text)', { purpose: '%' }, 0],
  ])('filters by %s', async (_name, raw, expected) => {
    const filter: Record<string, unknown> = { ...raw, actor: (raw as { actor?: string }).actor ?? 'komite-log' };
    if (filter.employeeId === 'watched') filter.employeeId = watched.actor.employeeId;
    if (filter.employeeId === 'other') filter.employeeId = other.id;
    const result = await t.gql(LOG, { filter }, users.ADMIN.actor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditLog.total).toBe(expected);
  });

  it('shows newest first with the employee concerned, the purpose and the details', async () => {
    const result = await t.gql(LOG, { filter: { actor: 'komite-log' }, page: { limit: 10 } }, users.ADMIN.actor);
    const [search, ...reads] = result.data!.auditLog.items;
    expect(search).toMatchObject({
      actorName: 'komite-log',
      action: 'committee.search',
      subjectType: 'TalentSearch',
      purpose: 'Pemetaan talenta OPD',
      employee: null,
    });
    expect(JSON.parse(search.detailsJson)).toMatchObject({ filter: { search: 'Log' } });
    expect(reads[0]).toMatchObject({ action: 'committee.history.read', employee: { name: 'Pegawai Lain Log' } });
    const actions = await t.gql(ACTIONS, {}, users.ADMIN.actor);
    expect(actions.data!.auditActions).toEqual(expect.arrayContaining(['committee.history.read', 'committee.search']));
  });

  it('refuses bad filters by name', async () => {
    const result = await t.gql(LOG, { filter: { from: '2026-13-01', action: 'DROP TABLE' } }, users.ADMIN.actor);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(
      fieldErrors(result)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['action', 'from']);
  });

  it('is for administrators only', async () => {
    expect(errorCode(await t.gql(LOG, {}, null))).toBe('UNAUTHENTICATED');
    for (const role of [Role.LEARNER, Role.TRAINER, Role.SUPERVISOR, Role.COMMITTEE]) {
      expect(errorCode(await t.gql(LOG, {}, users[role].actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ACTIONS, {}, users[role].actor))).toBe('FORBIDDEN');
    }
  });
});

describe('myRecordViews (an employee sees who looked at their history)', () => {
  it('lists who read it, when and why, newest first, and nothing about others', async () => {
    const result = await t.gql(VIEWS, {}, watched.actor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.myRecordViews.total).toBe(2);
    expect(
      result.data!.myRecordViews.items.map((v: { actorName: string; action: string; purpose: string }) => [
        v.actorName,
        v.action,
        v.purpose,
      ]),
    ).toEqual([
      ['komite-log', 'committee.history.read', 'Lowongan Kepala Seksi Data'],
      ['komite-log', 'committee.history.read', 'Rapat Baperjakat Januari'],
    ]);
  });

  it('is empty for whom nobody looked at, and pages', async () => {
    const none = await t.gql(VIEWS, {}, users.TRAINER.actor);
    expect(none.data!.myRecordViews).toEqual({ total: 0, items: [] });
    const paged = await t.gql(VIEWS, { page: { offset: 1, limit: 1 } }, watched.actor);
    expect(paged.data!.myRecordViews.items.map((v: { purpose: string }) => v.purpose)).toEqual(['Rapat Baperjakat Januari']);
    expect(fieldErrors(await t.gql(VIEWS, { page: { limit: 0 } }, watched.actor))[0].field).toBe('limit');
  });

  it('needs a login and an employee record', async () => {
    expect(errorCode(await t.gql(VIEWS, {}, null))).toBe('UNAUTHENTICATED');
    const noEmployee = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
    expect(errorCode(await t.gql(VIEWS, {}, noEmployee.actor))).toBe('FORBIDDEN');
  });
});
