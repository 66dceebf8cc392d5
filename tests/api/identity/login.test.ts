import { LoginLock } from '../../../api/src/modules/identity/login-lock.entity';
import { Session } from '../../../api/src/modules/identity/session.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { Role } from '../../../api/src/common/role';
import { makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { token expiresAt user { username roles employee { nip } } }
}`;
const ME = `query Me { me { username displayName roles } }`;
const LOGOUT = `mutation Logout { logout }`;
/** Every failed login answers this, whatever the reason: unknown, disabled, locked or wrong password. */
const WRONG = 'Wrong username or password. After 5 failed logins an account is locked for 15 minutes.';
const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`;

let t: TestApp;
let learner: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  learner = await makeUser(t.em(), [Role.LEARNER], { username: 'siti' });
});
afterAll(() => t.close());

async function login(username: string, password: string) {
  return t.gql(LOGIN, { input: { username, password } });
}

async function resetLock(username: string) {
  const user = await t.em().findOneOrFail(User, { username });
  await t.em().nativeDelete(LoginLock, { user: user.id });
}

describe('login', () => {
  it('accepts the username and returns a token and the user', async () => {
    const result = await login('siti', TEST_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(result.data!.login.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(result.data!.login.user).toMatchObject({ username: 'siti', roles: ['LEARNER'] });
    expect(new Date(result.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7.9 * 3600_000);
  });

  it('accepts the 18-digit NIP instead of the username, with or without spaces', async () => {
    const nip = learner.user.employee!.getEntity().nip;
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    for (const name of [nip, spaced]) {
      const result = await login(name, TEST_PASSWORD);
      expect(result.data?.login.user.username).toBe('siti');
    }
  });

  it('ignores the case of the username', async () => {
    expect((await login('SITI', TEST_PASSWORD)).data?.login.user.username).toBe('siti');
  });

  it('gives the same error for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', TEST_PASSWORD);
    const wrong = await login('siti', 'not-the-password');
    expect(unknown.errors![0].message).toBe(WRONG);
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    await resetLock('siti');
  });

  it('rejects empty input naming the field', async () => {
    const result = await login('', '');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result).map((f) => f.field)).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('refuses a deactivated user like an unknown one', async () => {
    const { user } = await makeUser(t.em(), [Role.LEARNER], { username: 'pensiun' });
    await t.em().nativeUpdate(User, { id: user.id }, { active: false });
    expect((await login('pensiun', TEST_PASSWORD)).errors![0].message).toBe(WRONG);
  });

  it('stores passwords as argon2id hashes with 19 MiB, 2 passes and 1 lane', async () => {
    const user = await t.em().findOneOrFail(User, { username: 'siti' }, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("stores a hash made with older parameters again with today's at the next successful login", async () => {
    // TEST_PASSWORD hashed with the argon2 library's defaults (64 MiB, t=3, p=4), as accounts were before.
    const older = '$argon2id$v=19$m=65536,t=3,p=4$SkjApivr7qRJtqXKLP0uwQ$9L4ME44iCga2x90Kx9k5dwW9DMqj0cnG+oUHkVAx/Aw';
    const user = await t.em().findOneOrFail(User, { username: 'siti' });
    await t.em().nativeUpdate(User, { id: user.id }, { passwordHash: older });

    expect((await login('siti', 'not-the-password')).errors![0].message).toBe(WRONG);
    const kept = await t.em().findOneOrFail(User, { username: 'siti' }, { populate: ['passwordHash'] });
    expect(kept.passwordHash).toBe(older);

    expect((await login('siti', TEST_PASSWORD)).errors).toBeUndefined();
    const stored = await t.em().findOneOrFail(User, { username: 'siti' }, { populate: ['passwordHash'] });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await login('siti', TEST_PASSWORD)).errors).toBeUndefined();
    await resetLock('siti');
  });
});

describe('lockout', () => {
  // The clock stands still (only Date is faked; timers and I/O run), so the lock's end and the
  // minutes the message names are exact however long a busy machine takes between the logins.
  const NOW = new Date('2026-03-02T02:00:00Z');
  const LOCK_END = new Date(NOW.getTime() + 15 * 60_000).toISOString();
  beforeEach(() => {
    jest.useFakeTimers({
      now: NOW,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('locks the account for 15 minutes after 5 failed logins, even for the right password, answering as for a wrong one', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'lupa' });
    for (let i = 1; i <= 5; i++) {
      const failed = await login('lupa', `wrong-${i}`);
      expect(errorCode(failed)).toBe('UNAUTHENTICATED');
      expect(failed.errors![0].message).toBe(WRONG);
    }
    const locked = await t.em().findOneOrFail(User, { username: 'lupa' });
    expect(locked.lockedUntil?.toISOString()).toBe(LOCK_END);

    // Nothing tells a locked account from a wrong password: neither the message nor extensions.
    const during = await login('lupa', TEST_PASSWORD);
    const wrong = await login('siti', 'not-the-password');
    expect(during.errors![0]).toEqual(wrong.errors![0]);
    expect(during.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    await resetLock('siti');

    jest.setSystemTime(new Date(NOW.getTime() + 14 * 60_000 + 30_000));
    expect(errorCode(await login('lupa', TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('lets the user in once the lock has passed, and counts failures afresh', async () => {
    jest.setSystemTime(new Date(LOCK_END).getTime() + 1000);
    expect((await login('lupa', TEST_PASSWORD)).data?.login.user.username).toBe('lupa');
    const user = await t.em().findOneOrFail(User, { username: 'lupa' });
    expect(await t.em().count(LoginLock, { user: user.id })).toBe(0);
    expect(user.lockedUntil).toBeNull();
  });

  it('a successful login clears earlier failures', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'ragu' });
    for (let i = 0; i < 4; i++) await login('ragu', 'wrong');
    await login('ragu', TEST_PASSWORD);
    for (let i = 0; i < 4; i++) await login('ragu', 'wrong');
    expect((await login('ragu', TEST_PASSWORD)).data?.login.user.username).toBe('ragu');
  });
});

describe('sessions over HTTP', () => {
  let base: string;
  beforeAll(async () => {
    base = await t.http();
  });

  async function tokenFor(username: string, password = TEST_PASSWORD) {
    const res = await postGraphql(base, LOGIN, { input: { username, password } });
    return { token: res.body.data!.login.token as string, cookie: res.headers.get('set-cookie') ?? '' };
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('me answers UNAUTHENTICATED without a token, and the user with one', async () => {
    expect(errorCode((await postGraphql(base, ME)).body)).toBe('UNAUTHENTICATED');
    expect(errorCode((await postGraphql(base, ME, {}, bearer('made-up'))).body)).toBe('UNAUTHENTICATED');
    const { token } = await tokenFor('siti');
    expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me).toMatchObject({ username: 'siti' });
  });

  it('sets an httpOnly cookie the browser can use instead of the header', async () => {
    const { cookie } = await tokenFor('siti');
    expect(cookie).toMatch(/kp_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const pair = cookie.split(';')[0];
    expect((await postGraphql(base, ME, {}, { cookie: pair })).body.data?.me.username).toBe('siti');
  });

  it('logout makes the token stop working', async () => {
    expect(errorCode((await postGraphql(base, LOGOUT)).body)).toBe('UNAUTHENTICATED');
    const { token } = await tokenFor('siti');
    expect((await postGraphql(base, LOGOUT, {}, bearer(token))).body.data?.logout).toBe(true);
    expect(errorCode((await postGraphql(base, ME, {}, bearer(token))).body)).toBe('UNAUTHENTICATED');
  });

  it('forgets sessions that ended more than 30 days ago when the user logs in again', async () => {
    const { user } = await makeUser(t.em(), [Role.LEARNER], { username: 'lama' });
    await tokenFor('lama');
    await tokenFor('lama');
    const old = new Date(Date.now() - 31 * 86_400_000);
    const [first] = await t.em().find(Session, { user: user.id }, { orderBy: { createdAt: 'asc' } });
    await t.em().nativeUpdate(Session, { id: first.id }, { expiresAt: old });
    await tokenFor('lama');
    expect(await t.em().count(Session, { user: user.id })).toBe(2);
  });

  it('an expired session is refused', async () => {
    const { token } = await tokenFor('siti');
    await t.em().nativeUpdate(Session, { revokedAt: null }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorCode((await postGraphql(base, ME, {}, bearer(token))).body)).toBe('UNAUTHENTICATED');
  });

  describe('changePassword', () => {
    beforeAll(async () => {
      await makeUser(t.em(), [Role.TRAINER], { username: 'ganti' });
    });

    it('is refused when logged out', async () => {
      const res = await postGraphql(base, CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-1' },
      });
      expect(errorCode(res.body)).toBe('UNAUTHENTICATED');
    });

    it('rejects a wrong current password and a short new one, naming the field', async () => {
      const { token } = await tokenFor('ganti');
      const wrong = await postGraphql(
        base,
        CHANGE_PASSWORD,
        { input: { currentPassword: 'salah-salah', newPassword: 'kata-sandi-baru-1' } },
        bearer(token),
      );
      expect(fieldErrors(wrong.body)).toEqual([{ field: 'currentPassword', rule: 'WRONG_PASSWORD' }]);
      const short = await postGraphql(
        base,
        CHANGE_PASSWORD,
        { input: { currentPassword: TEST_PASSWORD, newPassword: 'pendek' } },
        bearer(token),
      );
      expect(errorCode(short.body)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(short.body)[0]).toMatchObject({ field: 'newPassword', rule: 'minLength' });
    });

    it('changes the password, keeps this session and ends the others', async () => {
      const other = await tokenFor('ganti');
      const { token } = await tokenFor('ganti');
      const res = await postGraphql(
        base,
        CHANGE_PASSWORD,
        { input: { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-1' } },
        bearer(token),
      );
      expect(res.body.data?.changePassword).toBe(true);
      expect((await postGraphql(base, ME, {}, bearer(token))).body.data?.me.username).toBe('ganti');
      expect(errorCode((await postGraphql(base, ME, {}, bearer(other.token))).body)).toBe('UNAUTHENTICATED');
      expect(errorCode(await login('ganti', TEST_PASSWORD))).toBe('UNAUTHENTICATED');
      expect((await login('ganti', 'kata-sandi-baru-1')).data?.login.user.username).toBe('ganti');
    });
  });
});
