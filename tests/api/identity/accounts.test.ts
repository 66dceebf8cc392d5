import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { LoginLock } from '../../../api/src/modules/identity/login-lock.entity';
import { Session } from '../../../api/src/modules/identity/session.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { Role } from '../../../api/src/common/role';
import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { anOpd, makeEmployee, makeUser, nextNip, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

const ACCOUNTS = `query Accounts($filter: AccountFilter, $page: PageInput) {
  accounts(filter: $filter, page: $page) {
    total items { id username displayName roles grantedRoles learns active locked hasPassword mustChangePassword employee { nip } }
  }
}`;
const ACCOUNT = `query Account($id: ID!) {
  account(id: $id) { id username roles grantedRoles active locked hasPassword viewerCan { manage setActive grantableRoles revocableRoles } }
}`;
const GRANT = `mutation Grant($input: ChangeRoleInput!) { grantRole(input: $input) { id roles grantedRoles } }`;
const REVOKE = `mutation Revoke($input: ChangeRoleInput!) { revokeRole(input: $input) { id roles grantedRoles supervisedOpds { code } } }`;
const SET_ACTIVE = `mutation SetActive($input: SetAccountActiveInput!) { setAccountActive(input: $input) { id active } }`;
const UNLOCK = `mutation Unlock($input: UnlockAccountInput!) { unlockAccount(input: $input) { id locked } }`;
const ISSUE = `mutation Issue($input: IssuePasswordInput!) {
  issuePassword(input: $input) { generatedPassword user { id mustChangePassword hasPassword } }
}`;
const CREATE_EMPLOYEE = `mutation CreateEmployee($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip account { id username roles hasPassword } } }`;
const IMPORT = `mutation Import($input: ImportEmployeesInput!) { importEmployees(input: $input) { ok created } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token user { username roles mustChangePassword } } }`;
const ME = `query Me { me { username mustChangePassword } }`;
const OPDS = `query Opds { opds { code } }`;
const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`;

let t: TestApp;
let admin: TestUser;
let learner: TestUser;
let trainer: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN], { username: 'admin-bkd' });
  learner = await makeUser(t.em(), [Role.LEARNER]);
  trainer = await makeUser(t.em(), [Role.TRAINER]);
});
afterAll(() => t.close());

const reason = 'Keputusan Kepala BKD no. 800/12/2026';
const entries = (userId: string) => t.em().find(AuditEntry, { subjectId: userId }, { orderBy: { at: 'asc' } });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('every operation is refused to the logged out and to non-administrators', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  const operations: [string, string, Record<string, unknown>][] = [
    ['accounts', ACCOUNTS, {}],
    ['account', ACCOUNT, { id }],
    ['grantRole', GRANT, { input: { userId: id, role: 'TRAINER', reason } }],
    ['revokeRole', REVOKE, { input: { userId: id, role: 'TRAINER', reason } }],
    ['setAccountActive', SET_ACTIVE, { input: { userId: id, active: false, reason } }],
    ['unlockAccount', UNLOCK, { input: { userId: id } }],
    ['issuePassword', ISSUE, { input: { userId: id } }],
  ];
  it.each(operations)('%s', async (_name, query, variables) => {
    expect(errorCode(await t.gql(query, variables))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(query, variables, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(query, variables, trainer.actor))).toBe('FORBIDDEN');
  });
});

describe('every employee has a learner account', () => {
  it('an employee created by hand gets an account named by the NIP, with no password until one is issued', async () => {
    const opd = await anOpd(t.em());
    const nip = nextNip(2);
    const result = await t.gql(CREATE_EMPLOYEE, { input: { nip, name: 'Ratna Sari', employeeType: 'PNS', opdId: opd.id } }, admin.actor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createEmployee.account).toMatchObject({ username: nip, roles: ['LEARNER'], hasPassword: false });
    const login = await t.gql(LOGIN, { input: { username: nip, password: 'apa-saja-123' } });
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    const [opened] = await entries(result.data!.createEmployee.account.id);
    expect(opened).toMatchObject({
      action: 'identity.account.open',
      actorUserId: admin.user.id,
      employeeId: result.data!.createEmployee.id,
    });
  });

  it('employees imported from a SIASN file get accounts too, in the same transaction', async () => {
    const nips = [nextNip(), nextNip(2)];
    const csv = `nip,nama,kode_opd,jenis_pegawai\n${nips[0]},Agus Salim,BKD,PNS\n${nips[1]},Rina Wati,BKD,PPPK\n`;
    const result = await t.gql(IMPORT, { input: { csv } }, admin.actor);
    expect(result.data!.importEmployees).toEqual({ ok: true, created: 2 });
    const users = await t.em().find(User, { username: { $in: nips } }, { populate: ['employee'] });
    expect(users.map((u) => u.employee!.getEntity().nip).sort()).toEqual([...nips].sort());
    expect(users.every((u) => u.roles.length === 0)).toBe(true);
  });

  it('the learner role follows from the employee link: a committee member learns, an account without employee does not', async () => {
    const committee = await makeUser(t.em(), [Role.COMMITTEE]);
    const system = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false, username: 'sistem' });
    const list = await t.gql(ACCOUNTS, { filter: { search: 'sistem' } }, admin.actor);
    expect(list.data!.accounts.items[0]).toMatchObject({ roles: ['ADMIN'], learns: false });
    const one = await t.gql(ACCOUNT, { id: committee.user.id }, admin.actor);
    expect(one.data!.account).toMatchObject({ roles: ['LEARNER', 'COMMITTEE'], grantedRoles: ['COMMITTEE'] });
    expect(committee.actor.roles).toContain(Role.LEARNER);
    expect(system.actor.roles).not.toContain(Role.LEARNER);
  });
});

describe('first password and forced change', () => {
  let base: string;
  let userId: string;
  let nip: string;
  beforeAll(async () => {
    base = await t.http();
    const employee = await makeEmployee(t.em(), { name: 'Yuni Astuti' });
    nip = employee.nip;
    const em = t.em();
    const user = em.create(User, {
      username: nip,
      displayName: employee.name,
      roles: [],
      employee: em.getReference(Employee, employee.id),
    });
    await em.flush();
    userId = user.id;
  });

  it('refuses a password shorter than the minimum, naming the field', async () => {
    const result = await t.gql(ISSUE, { input: { userId, password: 'pendek' } }, admin.actor);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual([{ field: 'password', rule: 'minLength' }]);
  });

  it('a generated password is shown once, works for login by NIP, and must be changed before anything else', async () => {
    const issued = await t.gql(ISSUE, { input: { userId } }, admin.actor);
    expect(issued.errors).toBeUndefined();
    const password = issued.data!.issuePassword.generatedPassword as string;
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(issued.data!.issuePassword.user).toMatchObject({ mustChangePassword: true, hasPassword: true });
    const stored = await t.em().findOneOrFail(User, userId, { populate: ['passwordHash'] });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(password);

    const login = await postGraphql(base, LOGIN, { input: { username: nip, password } });
    expect(login.body.data!.login.user).toMatchObject({ username: nip, roles: ['LEARNER'], mustChangePassword: true });
    const token = login.body.data!.login.token as string;
    const blocked = await postGraphql(base, OPDS, {}, bearer(token));
    expect(errorCode(blocked.body)).toBe('FORBIDDEN');
    expect(blocked.body.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data!.me.mustChangePassword).toBe(true);

    const changed = await postGraphql(
      base,
      CHANGE_PASSWORD,
      { input: { currentPassword: password, newPassword: 'sandi-pilihan-yuni' } },
      bearer(token),
    );
    expect(changed.body.data?.changePassword).toBe(true);
    expect((await postGraphql(base, OPDS, {}, bearer(token))).body.data!.opds.length).toBeGreaterThan(0);
    expect((await entries(userId)).map((e) => e.action)).toContain('identity.password.issue');
  });

  it('a password reset by an administrator ends the sessions and is forced to change again', async () => {
    const em = t.em();
    const sessionsBefore = await em.count(Session, { user: userId, revokedAt: null });
    expect(sessionsBefore).toBeGreaterThan(0);
    const reset = await t.gql(ISSUE, { input: { userId, password: 'sandi-dari-admin-1' } }, admin.actor);
    expect(reset.data!.issuePassword).toMatchObject({ generatedPassword: null, user: { mustChangePassword: true } });
    expect(await t.em().count(Session, { user: userId, revokedAt: null })).toBe(0);
    const login = await postGraphql(base, LOGIN, { input: { username: nip, password: 'sandi-dari-admin-1' } });
    expect(login.body.data!.login.user.mustChangePassword).toBe(true);
    expect((await entries(userId)).map((e) => e.action)).toContain('identity.password.reset');
  });
});

describe('roles', () => {
  it('refuses a missing reason and granting LEARNER, naming the field', async () => {
    const short = await t.gql(GRANT, { input: { userId: learner.user.id, role: 'TRAINER', reason: '  ' } }, admin.actor);
    expect(fieldErrors(short)).toEqual([{ field: 'reason', rule: 'REQUIRED' }]);
    const asLearner = await t.gql(GRANT, { input: { userId: learner.user.id, role: 'LEARNER', reason } }, admin.actor);
    expect(fieldErrors(asLearner)).toEqual([{ field: 'role', rule: 'isIn' }]);
    expect(
      errorCode(await t.gql(GRANT, { input: { userId: '00000000-0000-4000-8000-000000000000', role: 'TRAINER', reason } }, admin.actor)),
    ).toBe('NOT_FOUND');
  });

  it('grants and revokes a role with the reason in the audit trail; a revoked supervisor lets their OPDs go', async () => {
    const person = await makeUser(t.em(), [Role.LEARNER]);
    const granted = await t.gql(GRANT, { input: { userId: person.user.id, role: 'SUPERVISOR', reason } }, admin.actor);
    expect(granted.data!.grantRole).toMatchObject({ roles: ['LEARNER', 'SUPERVISOR'], grantedRoles: ['SUPERVISOR'] });
    const again = await t.gql(GRANT, { input: { userId: person.user.id, role: 'SUPERVISOR', reason } }, admin.actor);
    expect(fieldErrors(again)).toEqual([{ field: 'role', rule: 'ALREADY_GRANTED' }]);
    const em = t.em();
    const user = await em.findOneOrFail(User, person.user.id, { populate: ['supervisedOpds'] });
    user.supervisedOpds.set([await anOpd(em, 'BKD')]);
    await em.flush();

    const revoked = await t.gql(
      REVOKE,
      { input: { userId: person.user.id, role: 'SUPERVISOR', reason: 'Mutasi ke OPD lain' } },
      admin.actor,
    );
    expect(revoked.data!.revokeRole).toMatchObject({ roles: ['LEARNER'], grantedRoles: [], supervisedOpds: [] });
    const trail = await entries(person.user.id);
    expect(trail.map((e) => [e.action, e.purpose])).toEqual([
      ['identity.role.grant', reason],
      ['identity.role.revoke', 'Mutasi ke OPD lain'],
    ]);
    expect(trail[0].actorUserId).toBe(admin.user.id);
  });

  it('the last active administrator cannot lose ADMIN nor be disabled; with a second one, they can', async () => {
    const em = t.em();
    await em.nativeUpdate(User, { id: { $ne: admin.user.id }, roles: { $contains: [Role.ADMIN] } }, { active: false });
    const view = await t.gql(ACCOUNT, { id: admin.user.id }, admin.actor);
    expect(view.data!.account.viewerCan).toMatchObject({ revocableRoles: [], setActive: false });
    const refused = await t.gql(REVOKE, { input: { userId: admin.user.id, role: 'ADMIN', reason } }, admin.actor);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions!.reason).toBe('LAST_ADMIN');

    const second = await makeUser(t.em(), [Role.LEARNER]);
    await t.gql(GRANT, { input: { userId: second.user.id, role: 'ADMIN', reason } }, admin.actor);
    const secondActor = { ...second.actor, roles: [...second.actor.roles, Role.ADMIN] };
    const lastOne = await t.gql(SET_ACTIVE, { input: { userId: admin.user.id, active: false, reason } }, secondActor);
    expect(lastOne.errors).toBeUndefined();
    const now = await t.gql(REVOKE, { input: { userId: second.user.id, role: 'ADMIN', reason } }, secondActor);
    expect(now.errors![0].extensions!.reason).toBe('LAST_ADMIN');
    await t.em().nativeUpdate(User, { id: admin.user.id }, { active: true });
    expect((await t.gql(REVOKE, { input: { userId: second.user.id, role: 'ADMIN', reason } }, admin.actor)).errors).toBeUndefined();
  });
});

describe('disable, enable and unlock', () => {
  it('an administrator does not disable their own account', async () => {
    const result = await t.gql(SET_ACTIVE, { input: { userId: admin.user.id, active: false, reason } }, admin.actor);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('disabling ends the sessions and refuses login; enabling lets the person in again', async () => {
    const person = await makeUser(t.em(), [Role.LEARNER], { username: 'pindah' });
    const token = (await t.gql(LOGIN, { input: { username: 'pindah', password: TEST_PASSWORD } })).data!.login.token;
    expect(token).toBeTruthy();
    const off = await t.gql(
      SET_ACTIVE,
      { input: { userId: person.user.id, active: false, reason: 'Pensiun per 1 Desember' } },
      admin.actor,
    );
    expect(off.data!.setAccountActive.active).toBe(false);
    expect(await t.em().count(Session, { user: person.user.id, revokedAt: null })).toBe(0);
    expect(errorCode(await t.gql(LOGIN, { input: { username: 'pindah', password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    const twice = await t.gql(SET_ACTIVE, { input: { userId: person.user.id, active: false, reason } }, admin.actor);
    expect(fieldErrors(twice)).toEqual([{ field: 'active', rule: 'ALREADY_DISABLED' }]);
    const listed = await t.gql(ACCOUNTS, { filter: { status: 'DISABLED' } }, admin.actor);
    expect(listed.data!.accounts.items.map((a: { username: string }) => a.username)).toContain('pindah');

    await t.gql(SET_ACTIVE, { input: { userId: person.user.id, active: true, reason: 'Salah input' } }, admin.actor);
    expect((await t.gql(LOGIN, { input: { username: 'pindah', password: TEST_PASSWORD } })).data!.login.user.username).toBe('pindah');
    expect((await entries(person.user.id)).map((e) => e.action)).toEqual(['identity.account.disable', 'identity.account.enable']);
  });

  it('lifts a lockout so the person can log in at once', async () => {
    const person = await makeUser(t.em(), [Role.LEARNER], { username: 'terkunci' });
    // Locked for logins made inside the server, as these are.
    await t.em().insert(LoginLock, { user: person.user.id, address: '', failures: 0, lockedUntil: new Date(Date.now() + 15 * 60_000) });
    expect(errorCode(await t.gql(LOGIN, { input: { username: 'terkunci', password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    const listed = await t.gql(ACCOUNTS, { filter: { status: 'LOCKED' } }, admin.actor);
    expect(listed.data!.accounts.items).toEqual([expect.objectContaining({ username: 'terkunci', locked: true })]);
    const unlocked = await t.gql(UNLOCK, { input: { userId: person.user.id } }, admin.actor);
    expect(unlocked.data!.unlockAccount.locked).toBe(false);
    expect((await t.gql(LOGIN, { input: { username: 'terkunci', password: TEST_PASSWORD } })).data!.login.user.username).toBe('terkunci');
    const again = await t.gql(UNLOCK, { input: { userId: person.user.id } }, admin.actor);
    expect(fieldErrors(again)).toEqual([{ field: 'userId', rule: 'NOT_LOCKED' }]);
    expect((await entries(person.user.id)).map((e) => e.action)).toEqual(['identity.account.unlock']);
  });

  it('leaves the lockout in place when the audit entry cannot be written', async () => {
    const person = await makeUser(t.em(), [Role.LEARNER], { username: 'terkunci-tanpa-jejak' });
    const lockedUntil = new Date(Date.now() + 15 * 60_000);
    await t.em().insert(LoginLock, { user: person.user.id, address: '', failures: 0, lockedUntil });
    await t.em().insert(LoginLock, { user: person.user.id, address: '10.1.2.3', failures: 2, countedAt: new Date() });
    // The audit trail refuses this one entry, as a full disk or a broken constraint would.
    const sql = t.em().getConnection();
    await sql.execute(`create function refuse_unlock_entry() returns trigger language plpgsql as $$
      begin
        if new.action = 'identity.account.unlock' and new.subject_id = '${person.user.id}' then
          raise exception 'audit trail unavailable';
        end if;
        return new;
      end $$`);
    await sql.execute(
      `create trigger refuse_unlock_entry before insert on audit_entry for each row execute function refuse_unlock_entry()`,
    );
    try {
      const refused = await t.gql(UNLOCK, { input: { userId: person.user.id } }, admin.actor);
      expect(errorCode(refused)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql.execute(`drop trigger refuse_unlock_entry on audit_entry`);
      await sql.execute(`drop function refuse_unlock_entry()`);
    }
    const locks = await t.em().find(LoginLock, { user: person.user.id }, { orderBy: { address: 'asc' } });
    expect(locks.map((l) => [l.address, l.failures, l.lockedUntil?.getTime() ?? null])).toEqual([
      ['', 0, lockedUntil.getTime()],
      ['10.1.2.3', 2, null],
    ]);
    expect(errorCode(await t.gql(LOGIN, { input: { username: 'terkunci-tanpa-jejak', password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    expect(await entries(person.user.id)).toEqual([]);
    // With the trail back, the same request lifts the lock and leaves its entry.
    expect((await t.gql(UNLOCK, { input: { userId: person.user.id } }, admin.actor)).data!.unlockAccount.locked).toBe(false);
    expect(await t.em().count(LoginLock, { user: person.user.id })).toBe(0);
    expect((await entries(person.user.id)).map((e) => e.action)).toEqual(['identity.account.unlock']);
  });
});

describe('account list', () => {
  it('finds accounts by name, NIP and role, and refuses an over-long search', async () => {
    const byNip = await t.gql(ACCOUNTS, { filter: { search: learner.user.employee!.getEntity().nip.slice(0, 18) } }, admin.actor);
    expect(byNip.data!.accounts.items.map((a: { id: string }) => a.id)).toEqual([learner.user.id]);
    const trainers = await t.gql(ACCOUNTS, { filter: { role: 'TRAINER' } }, admin.actor);
    expect(trainers.data!.accounts.items.map((a: { id: string }) => a.id)).toEqual([trainer.user.id]);
    const noPassword = await t.gql(ACCOUNTS, { filter: { status: 'NO_PASSWORD' } }, admin.actor);
    expect(noPassword.data!.accounts.items.every((a: { hasPassword: boolean }) => a.hasPassword === false)).toBe(true);
    expect(noPassword.data!.accounts.total).toBeGreaterThan(0);
    const long = await t.gql(ACCOUNTS, { filter: { search: 'x'.repeat(101) } }, admin.actor);
    expect(fieldErrors(long)).toEqual([{ field: 'search', rule: 'maxLength' }]);
  });
});

describe('account figures for the home page', () => {
  const FIGURES = `query Figures { accountFigures { total active disabled locked noPassword mustChangePassword } }`;
  it('are for administrators only', async () => {
    expect(errorCode(await t.gql(FIGURES))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(FIGURES, {}, learner.actor))).toBe('FORBIDDEN');
  });

  it('count the accounts by standing, as the list filters find them', async () => {
    const figures = (await t.gql(FIGURES, {}, admin.actor)).data!.accountFigures;
    const count = async (status: string) => (await t.gql(ACCOUNTS, { filter: { status } }, admin.actor)).data!.accounts.total;
    expect(figures.total).toBe(await t.em().count(User, {}));
    expect(figures.disabled).toBe(await count('DISABLED'));
    expect(figures.locked).toBe(await count('LOCKED'));
    expect(figures.noPassword).toBeGreaterThan(0);
    expect(figures.active + figures.disabled).toBe(figures.total);
  });
});
