import { Role } from '../../../api/src/common/role';
import { type Clock, localDate } from '../../../api/src/common/dates';
import { authenticateRequest, IdentityService, toActor } from '../../../api/src/modules/identity/identity.service';
import { SESSION_CACHE_MS } from '../../../api/src/modules/identity/session-cache';
import { Session } from '../../../api/src/modules/identity/session.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

/**
 * The session of a request is looked up in the database at most once a second per token; what
 * ends a session or changes an account in this process takes effect at once, what another process
 * does to the database within a second.
 */
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
const ME = `query Me { me { username roles } }`;
const EMPLOYEES = `query { employees { total } }`;
const LOGOUT = `mutation Logout { logout }`;
const REVOKE = `mutation Revoke($input: ChangeRoleInput!) { revokeRole(input: $input) { id } }`;
const SET_ACTIVE = `mutation SetActive($input: SetAccountActiveInput!) { setAccountActive(input: $input) { id active } }`;
const ISSUE = `mutation Issue($input: IssuePasswordInput!) { issuePassword(input: $input) { generatedPassword } }`;
const reason = 'Keputusan Kepala BKD no. 800/12/2026';

let t: TestApp;
let base: string;
let admin: TestUser;
beforeAll(async () => {
  t = await setupTestApp();
  base = await t.http();
  admin = await makeUser(t.em(), [Role.ADMIN], { username: 'bkd' });
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function tokenFor(username: string): Promise<string> {
  const res = await postGraphql(base, LOGIN, { input: { username, password: TEST_PASSWORD } });
  return res.body.data!.login.token as string;
}

/** A clock standing at `ms` since the epoch plus what `advance` adds. */
function movableClock(start: number) {
  let now = start;
  const clock: Clock = { now: () => new Date(now), today: () => localDate(new Date(now), 'Asia/Jakarta'), timeZone: 'Asia/Jakarta' };
  return { clock, advance: (ms: number) => (now += ms) };
}

describe('session lookups', () => {
  it('a burst of requests with one token reads its session once', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'sering' });
    const token = await tokenFor('sering');
    const { clock } = movableClock(Date.now());
    const em = t.em();
    const first = await t.countQueries(() => authenticateRequest(em, t.config, clock, token));
    const again = await t.countQueries(async () => {
      for (let i = 0; i < 5; i++) expect((await authenticateRequest(em, t.config, clock, token)).actor?.username).toBe('sering');
    });
    expect(first).toBeGreaterThan(0);
    expect(again).toBe(0);
  });

  it('requests arriving together while their session is read share that one read', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'serentak' });
    const token = await tokenFor('serentak');
    const { clock } = movableClock(Date.now());
    const reads = await t.countQueries(async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, () => authenticateRequest(t.em(), t.config, clock, token)));
      expect(answers.map((a) => a.actor?.username)).toEqual(Array(8).fill('serentak'));
    });
    expect(reads).toBe(1);
  });

  it('a request arriving after a logout does not join a read of the session begun before it', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'sela' });
    const token = await tokenFor('sela');
    const { clock } = movableClock(Date.now());
    const before = authenticateRequest(t.em(), t.config, clock, token);
    const session = await t.em().findOneOrFail(Session, { user: { username: 'sela' }, revokedAt: null }, { populate: ['user'] });
    await new IdentityService(t.em(), t.config, clock).logout(toActor(session.user.getEntity()), session.id);
    expect(await authenticateRequest(t.em(), t.config, clock, token)).toEqual({ actor: null, sessionId: null });
    await before;
  });

  it('a session ended by another process stops working within a second', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'jauh' });
    const token = await tokenFor('jauh');
    const { clock, advance } = movableClock(Date.now());
    expect((await authenticateRequest(t.em(), t.config, clock, token)).actor?.username).toBe('jauh');
    // Another server ends the session in the database, behind this process's back.
    const user = await t.em().findOneOrFail(User, { username: 'jauh' });
    await t.em().nativeUpdate(Session, { user: user.id }, { revokedAt: new Date() });
    advance(SESSION_CACHE_MS);
    expect(await authenticateRequest(t.em(), t.config, clock, token)).toEqual({ actor: null, sessionId: null });
  });

  it('a session that expires is refused from the moment it expires, cached or not', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'habis' });
    const { clock, advance } = movableClock(Date.now());
    const { token, expiresAt } = await new IdentityService(t.em(), { ...t.config, sessionHours: 8 }, clock).login({
      username: 'habis',
      password: TEST_PASSWORD,
    });
    advance(expiresAt.getTime() - clock.now().getTime() - 10);
    expect((await authenticateRequest(t.em(), t.config, clock, token)).actor?.username).toBe('habis');
    advance(10);
    expect((await authenticateRequest(t.em(), t.config, clock, token)).actor).toBeNull();
  });
});

describe('changes made here take effect at once', () => {
  it('logout', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'keluar' });
    const token = await tokenFor('keluar');
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me.username).toBe('keluar');
    expect((await postGraphql(base, LOGOUT, {}, bearer(token))).body.data?.logout).toBe(true);
    expect(errorCode((await postGraphql(base, ME, {}, bearer(token))).body)).toBe('UNAUTHENTICATED');
  });

  it('disabling the account', async () => {
    const user = await makeUser(t.em(), [Role.LEARNER], { username: 'nonaktif' });
    const token = await tokenFor('nonaktif');
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me.username).toBe('nonaktif');
    const result = await t.gql(SET_ACTIVE, { input: { userId: user.user.id, active: false, reason } }, admin.actor);
    expect(result.data?.setAccountActive.active).toBe(false);
    expect(errorCode((await postGraphql(base, ME, {}, bearer(token))).body)).toBe('UNAUTHENTICATED');
  });

  it('revoking a role', async () => {
    const trainer = await makeUser(t.em(), [Role.TRAINER], { username: 'pelatihlama' });
    const token = await tokenFor('pelatihlama');
    expect((await postGraphql(base, EMPLOYEES, {}, bearer(token))).body.data?.employees.total).toBeGreaterThan(0);
    expect((await t.gql(REVOKE, { input: { userId: trainer.user.id, role: 'TRAINER', reason } }, admin.actor)).errors).toBeUndefined();
    expect(errorCode((await postGraphql(base, EMPLOYEES, {}, bearer(token))).body)).toBe('FORBIDDEN');
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me.roles).toEqual(['LEARNER']);
  });

  it('an administrator issuing a new password ends the sessions', async () => {
    const user = await makeUser(t.em(), [Role.LEARNER], { username: 'lupa' });
    const token = await tokenFor('lupa');
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me.username).toBe('lupa');
    expect((await t.gql(ISSUE, { input: { userId: user.user.id } }, admin.actor)).errors).toBeUndefined();
    expect(errorCode((await postGraphql(base, ME, {}, bearer(token))).body)).toBe('UNAUTHENTICATED');
  });
});
