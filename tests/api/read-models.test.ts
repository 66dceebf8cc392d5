import { Role } from '../../api/src/common/role';
import { EmployeeType } from '../../api/src/modules/organisation/organisation.enums';
import { creditLedger } from '../../api/src/modules/record/ledger.service';
import { RecordSource, RecordStatus } from '../../api/src/modules/record/record.enums';
import { Employee } from '../../api/src/modules/organisation/employee.entity';
import { aPosition, makeEmployee, makeUser, nextNip, supervise, anOpd, type TestUser } from '../support/factories';
import { postGraphql, setupTestApp, type TestApp } from '../support/test-app';

/**
 * The hot read-only questions (the employee directory, a JP summary) are answered from one SQL
 * statement each: over HTTP a request runs at most three (the session or settings once in a while,
 * the answer, the OPDs a supervisor monitors), whatever the page size, and the answer is the same
 * as the one built from entities.
 */
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
const EMPLOYEE_FIELDS = `id nip name employeeType rank email phone active createdAt updatedAt birthDate gender appointment
  opd { id code name kind createdAt updatedAt }
  position { id code name positionType governmentAffair summary createdAt updatedAt opd { code } }
  viewerCan { update readRecords }`;
const DIRECTORY = `query Directory($filter: EmployeeFilter, $page: PageInput) {
  employees(filter: $filter, page: $page) { total offset limit items { ${EMPLOYEE_FIELDS} } }
}`;
const ONE = `query One($id: ID!) { employee(id: $id) { ${EMPLOYEE_FIELDS} } }`;
const ENTRY_FIELDS = `id title organiser source sourceId startDate endDate minutes sessions jp year status international creditSteps { code jp minutes minutesPerJp value days sessions fit month cap held full percent text } evidence createdAt
  form { id name creditMode creditValue maxJpPerDay forModules }`;
const SUMMARY = `query Summary($input: JpSummaryInput!) {
  jpSummary(input: $input) {
    year periodStart periodEnd targetJp maxJp approvedJp pendingJp countedJp reached remainingJp
    employee { id nip name opd { code } }
    entries { ${ENTRY_FIELDS} }
  }
}`;
/** The learner's dashboard builds the same summary from entities. */
const DASHBOARD = `query { myLearning { jp { year periodStart periodEnd targetJp approvedJp pendingJp countedJp reached remainingJp entries { ${ENTRY_FIELDS} } } } }`;

let t: TestApp;
let base: string;
let admin: TestUser;
let learner: TestUser;
let adminToken: string;
let learnerToken: string;

beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  admin = await makeUser(t.em(), [Role.ADMIN], { username: 'bacaadmin' });
  learner = await makeUser(t.em(), [Role.LEARNER], { username: 'bacapeserta' });
  // 24 employees in one flush: half in BKD, two in three with a position.
  const em = t.em();
  const [position, bkd, diskominfo] = [await aPosition(em, 'PRANKOM-AP'), await anOpd(em, 'BKD'), await anOpd(em, 'DISKOMINFO')];
  for (let i = 0; i < 24; i++) {
    em.create(Employee, {
      nip: nextNip(),
      name: `Baca Pegawai ${String(i).padStart(2, '0')}`,
      employeeType: EmployeeType.PNS,
      rank: 'III/a',
      opd: i % 2 ? bkd : diskominfo,
      position: i % 3 ? position : null,
    });
  }
  await em.flush();
  const login = async (username: string) =>
    (await postGraphql(base, LOGIN, { input: { username, password: learner.password } })).body.data!.login.token as string;
  adminToken = await login('bacaadmin');
  learnerToken = await login('bacapeserta');
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The statements one HTTP request runs, after a first request warmed the session and reference data. */
async function statementsOf(query: string, variables: Record<string, unknown>, token: string) {
  const warm = await postGraphql(base, query, variables, bearer(token));
  expect(warm.body.errors).toBeUndefined();
  let body: Awaited<ReturnType<typeof postGraphql>>['body'] | undefined;
  const statements = await t.statements(async () => {
    body = (await postGraphql(base, query, variables, bearer(token))).body;
  });
  expect(body!.errors).toBeUndefined();
  // The session and settings are read again once their time in memory is up.
  const answering = statements.filter((sql) => !/\bfrom\s+"?(session|setting)"?\s/i.test(sql));
  return { statements, answering, data: body!.data! };
}

describe('the employee directory', () => {
  it('runs one statement for the page whatever its size, with at most three per request', async () => {
    const small = await statementsOf(DIRECTORY, { page: { offset: 0, limit: 2 } }, adminToken);
    const large = await statementsOf(DIRECTORY, { page: { offset: 0, limit: 20 } }, adminToken);
    expect(small.data.employees.items).toHaveLength(2);
    expect(large.data.employees.items).toHaveLength(20);
    expect(small.answering).toHaveLength(1);
    expect(large.answering).toHaveLength(1);
    expect(large.statements.length).toBeLessThanOrEqual(3);
    const search = await statementsOf(DIRECTORY, { filter: { search: 'baca pegawai' }, page: { limit: 20 } }, adminToken);
    expect(search.data.employees.total).toBe(24);
    expect(search.answering).toHaveLength(1);
    expect(search.statements.length).toBeLessThanOrEqual(3);
  });

  it('answers each employee exactly as the single-employee query does', async () => {
    const { data } = await statementsOf(DIRECTORY, { filter: { search: 'baca' }, page: { limit: 30 } }, adminToken);
    expect(data.employees.items.map((e: { name: string }) => e.name)).toEqual(
      Array.from({ length: 24 }, (_, i) => `Baca Pegawai ${String(i).padStart(2, '0')}`),
    );
    for (const item of data.employees.items) {
      const one = await t.gql(ONE, { id: item.id }, admin.actor);
      expect(item).toEqual(one.data!.employee);
    }
  });

  it('tells the total on a page past the end, and filters by OPD, position type, type and state', async () => {
    const past = await statementsOf(DIRECTORY, { filter: { search: 'baca' }, page: { offset: 100, limit: 5 } }, adminToken);
    expect(past.data.employees).toMatchObject({ total: 24, offset: 100, limit: 5, items: [] });
    const bkd = await anOpd(t.em(), 'BKD');
    const filtered = await t.gql(
      DIRECTORY,
      { filter: { search: 'baca', opdId: bkd.id, positionType: 'FUNGSIONAL', employeeType: EmployeeType.PNS, active: true } },
      admin.actor,
    );
    const items = filtered.data!.employees.items as { opd: { code: string }; position: { positionType: string } | null }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.opd.code === 'BKD' && e.position?.positionType === 'FUNGSIONAL')).toBe(true);
  });

  it('gives every page, near the start or the end, as the slice of the whole list', async () => {
    const names = async (offset: number, limit: number) =>
      (
        (await t.gql(DIRECTORY, { filter: { search: 'baca' }, page: { offset, limit } }, admin.actor)).data!.employees.items as {
          name: string;
        }[]
      ).map((e) => e.name);
    const all = await names(0, 30);
    expect(all).toHaveLength(24);
    for (const [offset, limit] of [
      [0, 5],
      [5, 5],
      [10, 5],
      [11, 3],
      [12, 5],
      [15, 5],
      [19, 5],
      [20, 5],
      [22, 5],
      [23, 1],
      [24, 5],
      [0, 24],
      [1, 23],
    ]) {
      expect({ offset, limit, names: await names(offset, limit) }).toEqual({ offset, limit, names: all.slice(offset, offset + limit) });
    }
  });

  it("puts a supervisor's OPD first within the same single statement", async () => {
    const supervisor = await makeUser(t.em(), [Role.SUPERVISOR], { username: 'bacapengawas', withEmployee: false });
    await supervise(t.em(), supervisor, [await anOpd(t.em(), 'BKD')]);
    const token = (await postGraphql(base, LOGIN, { input: { username: 'bacapengawas', password: supervisor.password } })).body.data!.login
      .token as string;
    const { data, statements, answering } = await statementsOf(DIRECTORY, { filter: { search: 'baca' }, page: { limit: 24 } }, token);
    const codes = data.employees.items.map((e: { opd: { code: string } }) => e.opd.code);
    expect(codes).toEqual([...Array(12).fill('BKD'), ...Array(12).fill('DISKOMINFO')]);
    const ids = data.employees.items.map((e: { id: string }) => e.id);
    for (const [offset, limit] of [
      [0, 5],
      [10, 4],
      [18, 6],
      [20, 10],
    ]) {
      const part = await t.gql(DIRECTORY, { filter: { search: 'baca' }, page: { offset, limit } }, supervisor.actor);
      expect(part.data!.employees.items.map((e: { id: string }) => e.id)).toEqual(ids.slice(offset, offset + limit));
    }
    // The session, the OPDs the supervisor monitors, the page.
    expect(answering.filter((sql) => !/user_supervised_opd/.test(sql))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(3);
  });
});

describe('a JP summary', () => {
  /** A record of a seminar (form 6) in 2026, approved or pending; one in 2025 that the summary leaves out. */
  const credit = (i: number) =>
    t.em().transactional((tx) =>
      creditLedger(tx, {
        employeeId: learner.user.employee!.id,
        source: RecordSource.EXTERNAL,
        sourceId: null,
        formId: 6,
        title: `Seminar ${i}`,
        organiser: i % 2 ? 'BPSDM Jatim' : null,
        startDate: `${i === 5 ? 2025 : 2026}-0${1 + i}-1${i}`,
        endDate: `${i === 5 ? 2025 : 2026}-0${1 + i}-1${i}`,
        minutes: 180,
        status: i % 2 ? RecordStatus.APPROVED : RecordStatus.PENDING,
      }),
    );
  const input = () => ({ input: { employeeId: learner.user.employee!.id, year: 2026 } });

  it('runs the same statements with one record or many, at most three per request', async () => {
    await credit(0);
    const one = await statementsOf(SUMMARY, input(), learnerToken);
    expect(one.data.jpSummary.entries).toHaveLength(1);
    for (let i = 1; i < 6; i++) await credit(i);
    const six = await statementsOf(SUMMARY, input(), learnerToken);
    expect(six.data.jpSummary.entries).toHaveLength(5);
    expect(one.answering).toHaveLength(1);
    expect(six.answering).toHaveLength(1);
    // The session and the settings once in a while, and the summary with its forms of learning.
    expect(one.statements.length).toBeLessThanOrEqual(3);
    expect(six.statements.length).toBeLessThanOrEqual(3);
  });

  it('answers as the entities say, newest first, with the form of each entry', async () => {
    const { data } = await statementsOf(SUMMARY, input(), learnerToken);
    const summary = data.jpSummary;
    expect(summary).toMatchObject({ year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', targetJp: 20, maxJp: null });
    expect(summary.employee.id).toBe(learner.user.employee!.id);
    const ends = summary.entries.map((e: { endDate: string }) => e.endDate);
    expect(ends).toEqual([...ends].sort().reverse());
    expect(summary.entries.every((e: { form: { id: number; name: string } }) => e.form.id === 6 && e.form.name.length > 0)).toBe(true);
    expect(summary.pendingJp).toBeGreaterThan(0);
    expect(summary.approvedJp).toBeGreaterThan(0);
    const { year, periodStart, periodEnd, targetJp, approvedJp, pendingJp, countedJp, reached, remainingJp, entries } = summary;
    const dashboard = (await postGraphql(base, DASHBOARD, {}, bearer(learnerToken))).body.data!.myLearning.jp;
    expect({ year, periodStart, periodEnd, targetJp, approvedJp, pendingJp, countedJp, reached, remainingJp, entries }).toEqual(dashboard);
  });

  it('is refused for another employee and unknown ids, as before', async () => {
    const other = await makeEmployee(t.em(), { name: 'Baca Lain' });
    const refused = await postGraphql(base, SUMMARY, { input: { employeeId: other.id, year: 2026 } }, bearer(learnerToken));
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const missing = await postGraphql(
      base,
      SUMMARY,
      { input: { employeeId: '00000000-0000-4000-8000-000000000000', year: 2026 } },
      bearer(adminToken),
    );
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
