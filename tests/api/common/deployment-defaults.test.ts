import type { Logger } from 'pino';
import { loadConfig } from '../../../api/src/config';
import { warnAboutDemo } from '../../../api/src/index';
import { Role } from '../../../api/src/common/role';
import { makeUser, TEST_PASSWORD } from '../../support/factories';
import { postGraphql, serveApp, setupTestApp, type TestApp, testConfig } from '../../support/test-app';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { token } }';

/** loadConfig with exactly these variables set (others as the test process has them). */
function configWith(env: Record<string, string | undefined>) {
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return loadConfig();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('safe defaults', () => {
  it('listens on this machine only unless HOST says otherwise', () => {
    expect(configWith({ HOST: undefined }).host).toBe('127.0.0.1');
    expect(configWith({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('loads demo accounts by default on embedded PostgreSQL only, and on a server only with DEMO=true', () => {
    expect(configWith({ DATABASE_URL: undefined, DEMO: undefined }).demo).toBe(true);
    expect(configWith({ DATABASE_URL: undefined, DEMO: 'false' }).demo).toBe(false);
    expect(configWith({ DATABASE_URL: 'postgres://db/kp', DEMO: undefined }).demo).toBe(false);
    expect(configWith({ DATABASE_URL: 'postgres://db/kp', DEMO: 'true' }).demo).toBe(true);
    expect(() => configWith({ DEMO: 'yes' })).toThrow('DEMO must be true or false, got "yes"');
  });

  it('lets the heap grow to 1.5 times its live data unless HEAP_GROWING_PERCENT says otherwise (0: as V8 chooses)', () => {
    expect(configWith({ HEAP_GROWING_PERCENT: undefined }).heapGrowingPercent).toBe(50);
    expect(configWith({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(configWith({ HEAP_GROWING_PERCENT: '100' }).heapGrowingPercent).toBe(100);
    expect(() => configWith({ HEAP_GROWING_PERCENT: '-5' })).toThrow('HEAP_GROWING_PERCENT must be from 0 to 1000, got -5');
    expect(() => configWith({ HEAP_GROWING_PERCENT: 'half' })).toThrow('HEAP_GROWING_PERCENT must be an integer, got "half"');
  });

  it('reads COOKIE_SECURE as auto, true or false', () => {
    expect(configWith({ COOKIE_SECURE: undefined }).cookieSecure).toBe('auto');
    expect(configWith({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(configWith({ COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(() => configWith({ COOKIE_SECURE: '1' })).toThrow(/COOKIE_SECURE must be auto, true or false/);
  });
});

describe('demo accounts are announced loudly', () => {
  function logged(config: { demo: boolean; databaseUrl: string | undefined }, counts: Record<string, number>) {
    const lines: { level: string; message: string }[] = [];
    const logger = {
      warn: (_obj: unknown, message: string) => lines.push({ level: 'warn', message }),
      info: (message: string) => lines.push({ level: 'info', message }),
    } as unknown as Logger;
    warnAboutDemo(config, counts, logger);
    return lines;
  }

  it('warns with the published password when demo data was just loaded, and at every start on a server', () => {
    const loaded = logged({ demo: true, databaseUrl: undefined }, { demoEmployees: 200 });
    expect(loaded).toEqual([{ level: 'warn', message: expect.stringMatching(/DEMO DATA.*komunitas-pintar.*DEMO=false/) }]);
    expect(logged({ demo: true, databaseUrl: 'postgres://db/kp' }, { demoEmployees: 0 })).toEqual([
      { level: 'warn', message: expect.stringContaining('DEMO DATA') },
    ]);
  });

  it('says on a server that demo data is off, and stays quiet on a later embedded start', () => {
    expect(logged({ demo: false, databaseUrl: 'postgres://db/kp' }, {})).toEqual([
      { level: 'info', message: expect.stringContaining('DEMO=true') },
    ]);
    expect(logged({ demo: true, databaseUrl: undefined }, { demoEmployees: 0 })).toEqual([]);
  });
});

describe('the session cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupTestApp();
    await makeUser(t.em(), [Role.LEARNER], { username: 'kuki' });
  });
  afterAll(() => t.close());

  async function cookieFrom(cookieSecure: 'auto' | boolean, headers: Record<string, string> = {}): Promise<string> {
    const served = await serveApp(testConfig({ cookieSecure }), t.orm);
    try {
      const res = await postGraphql(served.url, LOGIN, { input: { username: 'kuki', password: TEST_PASSWORD } }, headers);
      expect(res.body.data?.login.token).toBeTruthy();
      return res.headers.get('set-cookie') ?? '';
    } finally {
      await served.close();
    }
  }

  it('is Secure under auto only when the request came over HTTPS through a proxy on this machine', async () => {
    expect(await cookieFrom('auto')).not.toMatch(/;\s*Secure/i);
    expect(await cookieFrom('auto', { 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
  });

  it('is always Secure with COOKIE_SECURE=true and never with false', async () => {
    expect(await cookieFrom(true)).toMatch(/;\s*Secure/i);
    expect(await cookieFrom(false, { 'x-forwarded-proto': 'https' })).not.toMatch(/;\s*Secure/i);
  });
});
