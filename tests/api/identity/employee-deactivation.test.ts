import { Role } from '../../../api/src/common/role';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
const ME = `query Me { me { username } }`;
const UPDATE = `mutation Update($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id active } }`;

let t: TestApp;
let base: string;
let admin: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  admin = await makeUser(t.em(), [Role.ADMIN], { username: 'kepegawaian' });
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('an employee marked inactive loses access', () => {
  it('ends their open sessions, refuses their next login and disables the account, on the record', async () => {
    const leaver = await makeUser(t.em(), [Role.LEARNER], { username: 'pindah' });
    const login = await postGraphql(base, LOGIN, { input: { username: 'pindah', password: TEST_PASSWORD } });
    const token = login.body.data!.login.token as string;
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me.username).toBe('pindah');

    const employeeId = leaver.user.employee!.id;
    const updated = await t.gql(UPDATE, { input: { id: employeeId, active: false } }, admin.actor);
    expect(updated.data?.updateEmployee.active).toBe(false);

    expect(errorCode((await postGraphql(base, ME, {}, bearer(token))).body)).toBe('UNAUTHENTICATED');
    const again = await postGraphql(base, LOGIN, { input: { username: 'pindah', password: TEST_PASSWORD } });
    expect(errorCode(again.body)).toBe('UNAUTHENTICATED');
    expect((await t.em().findOneOrFail(User, leaver.user.id)).active).toBe(false);
    const entry = await t.em().findOne(AuditEntry, { action: 'identity.account.disable', subjectId: leaver.user.id });
    expect(entry?.purpose).toBe('The employee was marked inactive');
  });

  it('leaves other employees and other edits alone', async () => {
    const stayer = await makeUser(t.em(), [Role.LEARNER], { username: 'tetap' });
    await t.gql(UPDATE, { input: { id: stayer.user.employee!.id, name: 'Nama Baru Pegawai' } }, admin.actor);
    const login = await postGraphql(base, LOGIN, { input: { username: 'tetap', password: TEST_PASSWORD } });
    expect(login.body.data?.login.token).toBeTruthy();
  });
});
