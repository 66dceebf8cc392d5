import { LoginLock } from '../../../api/src/modules/identity/login-lock.entity';
import { LoginThrottle } from '../../../api/src/modules/identity/login-throttle.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { Role } from '../../../api/src/common/role';
import { makeUser, TEST_PASSWORD } from '../../support/factories';
import { errorCode, type GqlResult, postGraphql, setupTestApp, type TestApp } from '../../support/test-app';

// Counts password checks while keeping the real argon2 verification.
jest.mock('../../../api/src/modules/identity/password', () => {
  const actual = jest.requireActual('../../../api/src/modules/identity/password');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword), spendPasswordCheck: jest.fn(actual.spendPasswordCheck) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { verifyPassword, spendPasswordCheck } = require('../../../api/src/modules/identity/password') as Record<string, jest.Mock>;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp({ maxFailedLoginsPerAddress: 1000 });
});
afterAll(() => t.close());
beforeEach(() => {
  verifyPassword.mockClear();
  spendPasswordCheck.mockClear();
});

const login = (username: string, password: string): Promise<GqlResult> => t.gql(LOGIN, { input: { username, password } });

describe('failed logins are counted and checked atomically', () => {
  it('checks at most 5 of 100 parallel wrong passwords on one account, and locks it', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'serbu' });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => login('serbu', `salah-${i}`)));
    expect(results.every((r) => errorCode(r) === 'UNAUTHENTICATED')).toBe(true);
    expect(verifyPassword).toHaveBeenCalledTimes(5);
    const user = await t.em().findOneOrFail(User, { username: 'serbu' });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('lets the right password in among parallel wrong ones only while it is one of the first 5 checks', async () => {
    await makeUser(t.em(), [Role.LEARNER], { username: 'tebak' });
    const attempts = [...Array.from({ length: 30 }, (_, i) => login('tebak', `salah-${i}`)), login('tebak', TEST_PASSWORD)];
    const results = await Promise.all(attempts);
    expect(verifyPassword.mock.calls.length).toBeLessThanOrEqual(5);
    const right = results[30];
    const rightChecked = verifyPassword.mock.calls.some(([, password]) => password === TEST_PASSWORD);
    expect(!!right.data?.login.token).toBe(rightChecked);
    // Afterwards the account is locked, right password or not.
    const after = await login('tebak', TEST_PASSWORD);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });

  it('answers a locked account only after a password check as long as a real one', async () => {
    const { user } = await makeUser(t.em(), [Role.LEARNER], { username: 'kunci' });
    // Locked for logins made inside the server, as these are.
    await t.em().insert(LoginLock, { user: user.id, address: '', failures: 0, lockedUntil: new Date(Date.now() + 15 * 60_000) });
    const result = await login('kunci', TEST_PASSWORD);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    // The account's own hash is checked (same cost as a real check) and the answer thrown away.
    const { passwordHash } = await t.em().findOneOrFail(User, user.id, { populate: ['passwordHash'] });
    expect(spendPasswordCheck.mock.calls).toEqual([[passwordHash, TEST_PASSWORD]]);
    expect(verifyPassword).not.toHaveBeenCalled();
  });
});

describe('failed logins are throttled per client address too', () => {
  let small: TestApp;
  let base: string;
  beforeAll(async () => {
    small = await setupTestApp({ maxFailedLoginsPerAddress: 3 });
    base = await small.http();
    await makeUser(small.em(), [Role.LEARNER], { username: 'jaringan' });
  });
  afterAll(() => small.close());

  it('refuses every login from an address after its failures on any accounts, and says so', async () => {
    for (const name of ['satu', 'dua', 'tiga']) {
      const res = await postGraphql(base, LOGIN, { input: { username: name, password: 'salah-sekali' } });
      expect(res.body.errors![0].extensions!.reason).toBe('WRONG_CREDENTIALS');
    }
    const res = await postGraphql(base, LOGIN, { input: { username: 'jaringan', password: TEST_PASSWORD } });
    expect(errorCode(res.body)).toBe('UNAUTHENTICATED');
    expect(res.body.errors![0].extensions!.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(res.body.errors![0].message).toMatch(/^Too many failed logins from this network\. Try again in 15 minutes\.$/);
    // The account itself is not locked: another address may still log in.
    expect((await small.em().findOneOrFail(User, { username: 'jaringan' })).lockedUntil).toBeNull();
  });

  it('gives a successful login its attempt back, and starts afresh when the window has passed', async () => {
    await small.em().nativeUpdate(LoginThrottle, {}, { failures: 2 });
    const ok = await postGraphql(base, LOGIN, { input: { username: 'jaringan', password: TEST_PASSWORD } });
    expect(ok.body.data?.login.token).toBeTruthy();
    expect((await small.em().findOneOrFail(LoginThrottle, { address: { $ne: null } })).failures).toBe(2);
    await small.em().nativeUpdate(LoginThrottle, {}, { failures: 50, windowEndsAt: new Date(Date.now() - 1000) });
    const again = await postGraphql(base, LOGIN, { input: { username: 'jaringan', password: TEST_PASSWORD } });
    expect(again.body.data?.login.token).toBeTruthy();
  });
});

describe('a lock holds for the address its failures came from', () => {
  let app: TestApp;
  let base: string;
  const STRANGER = { 'x-forwarded-for': '203.0.113.9' };
  const OWNER = { 'x-forwarded-for': '198.51.100.4' };
  const attempt = (username: string, password: string, from: Record<string, string>) =>
    postGraphql(base, LOGIN, { input: { username, password } }, from);
  beforeAll(async () => {
    app = await setupTestApp({ maxFailedLoginsPerAddress: 1000 });
    base = await app.http();
  });
  afterAll(() => app.close());

  it("lets the owner, an administrator, log in from another address while a stranger's address is locked out", async () => {
    const { user } = await makeUser(app.em(), [Role.ADMIN], { username: 'pemilik' });
    for (let i = 0; i < 5; i++) {
      const res = await attempt('pemilik', `tebakan-${i}`, STRANGER);
      expect(res.body.errors![0].extensions!.reason).toBe('WRONG_CREDENTIALS');
    }
    expect(errorCode((await attempt('pemilik', TEST_PASSWORD, STRANGER)).body)).toBe('UNAUTHENTICATED');

    const owner = await attempt('pemilik', TEST_PASSWORD, OWNER);
    expect(owner.body.data?.login.token).toBeTruthy();
    // The owner's login lifts nothing for the stranger.
    expect(errorCode((await attempt('pemilik', TEST_PASSWORD, STRANGER)).body)).toBe('UNAUTHENTICATED');
    const locks = await app.em().find(LoginLock, { user: user.id });
    expect(locks.map((l) => [l.address, l.lockedUntil!.getTime() > Date.now()])).toEqual([['203.0.113.9', true]]);
  });

  it('counts an IPv6 host by its /64 network, so moving to another address of it does not start afresh', async () => {
    await makeUser(app.em(), [Role.LEARNER], { username: 'enam' });
    for (let i = 0; i < 5; i++) {
      const res = await attempt('enam', `tebakan-${i}`, { 'x-forwarded-for': `2001:db8:1:2::${i + 1}` });
      expect(res.body.errors![0].extensions!.reason).toBe('WRONG_CREDENTIALS');
    }
    expect(errorCode((await attempt('enam', TEST_PASSWORD, { 'x-forwarded-for': '2001:db8:1:2:ffff::9' })).body)).toBe('UNAUTHENTICATED');
    const elsewhere = await attempt('enam', TEST_PASSWORD, { 'x-forwarded-for': '2001:db8:1:3::1' });
    expect(elsewhere.body.data?.login.token).toBeTruthy();
  });

  it('forgets failures after the lockout period with none since', async () => {
    const { user } = await makeUser(app.em(), [Role.LEARNER], { username: 'lupa' });
    const longAgo = new Date(Date.now() - 20 * 60_000);
    await app.em().insert(LoginLock, { user: user.id, address: '192.0.2.5', failures: 4, countedAt: longAgo });
    const from = { 'x-forwarded-for': '192.0.2.5' };
    expect((await attempt('lupa', 'salah-sekali', from)).body.errors![0].extensions!.reason).toBe('WRONG_CREDENTIALS');
    // Four old failures and one new would have locked the account for this address.
    expect((await attempt('lupa', TEST_PASSWORD, from)).body.data?.login.token).toBeTruthy();
  });

  it('answers the locked address exactly as a wrong password, status and all', async () => {
    await makeUser(app.em(), [Role.LEARNER], { username: 'lain' });
    const locked = await attempt('pemilik', TEST_PASSWORD, STRANGER);
    const wrong = await attempt('lain', 'bukan-sandinya', OWNER);
    expect(locked.status).toBe(wrong.status);
    expect(locked.body).toEqual(wrong.body);
    expect(locked.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
  });
});
