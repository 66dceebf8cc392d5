import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { forgetLoginFailures } from '../../../api/src/modules/identity/forget-login-failures';
import { identityModule } from '../../../api/src/modules/identity/identity.module';
import { LoginLock } from '../../../api/src/modules/identity/login-lock.entity';
import { LoginThrottle } from '../../../api/src/modules/identity/login-throttle.entity';
import { makeUser, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
const NOW = new Date('2026-12-05T08:00:00Z');
const clock = fixedClock(NOW);
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

let t: TestApp;
let person: TestUser;
beforeAll(async () => {
  t = await setupTestApp({ lockoutMinutes: 15 });
  person = await makeUser(t.em(), [Role.LEARNER], { username: 'lupa-sandi' });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.em().nativeDelete(LoginLock, {});
  await t.em().nativeDelete(LoginThrottle, {});
});

const lockAddresses = async () => (await t.em().find(LoginLock, {}, { orderBy: { address: 'asc' } })).map((l) => l.address);

describe('failed logins that no longer count are deleted', () => {
  it('deletes an account’s rows once unlocked and older than the lockout window, and keeps the rest', async () => {
    const rows = [
      // Forgotten: last failure 16 minutes ago, never locked.
      { address: '10.0.0.1', failures: 3, countedAt: minutesAgo(16) },
      // Forgotten: its lock ended, and so did the window after its last failure.
      { address: '10.0.0.2', failures: 0, countedAt: minutesAgo(40), lockedUntil: minutesAgo(25) },
      // Kept: failures within the window still count toward a lock.
      { address: '10.0.0.3', failures: 4, countedAt: minutesAgo(14) },
      // Kept: still locked.
      { address: '10.0.0.4', failures: 0, countedAt: minutesAgo(5), lockedUntil: minutesAgo(-10) },
    ];
    for (const row of rows) await t.em().insert(LoginLock, { user: person.user.id, ...row });
    await t.em().insert(LoginThrottle, { address: '10.0.0.1', failures: 7, windowEndsAt: minutesAgo(1) });
    await t.em().insert(LoginThrottle, { address: '10.0.0.3', failures: 7, windowEndsAt: minutesAgo(-1) });

    expect(await forgetLoginFailures(t.em(), t.config, clock)).toEqual({ accountRows: 2, addressRows: 1 });
    expect(await lockAddresses()).toEqual(['10.0.0.3', '10.0.0.4']);
    expect((await t.em().find(LoginThrottle, {})).map((r) => r.address)).toEqual(['10.0.0.3']);
    expect(await forgetLoginFailures(t.em(), t.config, clock)).toEqual({ accountRows: 0, addressRows: 0 });
  });

  it('deletes at most `limit` rows of each kind per call', async () => {
    const old = Array.from({ length: 7 }, (_, i) => ({
      user: person.user.id,
      address: `10.1.0.${i}`,
      failures: 1,
      countedAt: minutesAgo(60),
    }));
    await t.em().insertMany(LoginLock, old);
    await t.em().insertMany(
      LoginThrottle,
      old.map((o) => ({ address: o.address, failures: 1, windowEndsAt: minutesAgo(30) })),
    );
    expect(await forgetLoginFailures(t.em(), t.config, clock, 5)).toEqual({ accountRows: 5, addressRows: 5 });
    expect(await t.em().count(LoginLock, {})).toBe(2);
    expect(await forgetLoginFailures(t.em(), t.config, clock, 5)).toEqual({ accountRows: 2, addressRows: 2 });
    expect(await t.em().count(LoginLock, {})).toBe(0);
    expect(await t.em().count(LoginThrottle, {})).toBe(0);
  });

  it('runs as a background job of the identity module', async () => {
    await t.em().insert(LoginLock, { user: person.user.id, address: '10.2.0.1', failures: 2, countedAt: minutesAgo(20) });
    const job = identityModule.jobs!.find((j) => j.name === 'forget old login failures')!;
    expect(job.everyMs).toBeLessThanOrEqual(15 * 60_000);
    await job.run({ config: t.config, orm: t.orm, clock } as Parameters<typeof job.run>[0]);
    expect(await lockAddresses()).toEqual([]);
  });

  it('a successful login deletes the account’s row for its own address only', async () => {
    await t.em().insert(LoginLock, { user: person.user.id, address: '', failures: 2, countedAt: new Date() });
    await t.em().insert(LoginLock, { user: person.user.id, address: '10.3.0.1', failures: 2, countedAt: new Date() });
    const result = await t.gql(LOGIN, { input: { username: 'lupa-sandi', password: TEST_PASSWORD } });
    expect(result.errors).toBeUndefined();
    // Logins made inside the server count under the empty address.
    expect(await lockAddresses()).toEqual(['10.3.0.1']);
  });
});
