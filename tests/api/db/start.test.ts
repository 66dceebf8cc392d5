import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { testFolder } from '../../support/test-app';

// `npm start` as a new user runs it: no DATABASE_URL, so the embedded database on a data folder,
// migrated and loaded with the demo. Compiling the API and seeding take a minute or more on a busy machine.
jest.setTimeout(480_000);

const ROOT = path.resolve(__dirname, '../../..');
const RUNNER = path.join(ROOT, 'tests/support/run-from-source.cjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the server answers its health check; rejects with its output if it ends first. */
function running(child: ChildProcess, url: string, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    child.once('exit', (code) => {
      done = true;
      reject(new Error(`The server ended (${code}) before answering:\n${output().slice(-3000)}`));
    });
    const poll = async () => {
      if (done) return;
      try {
        const response = await fetch(`${url}/health`);
        if (response.ok) {
          done = true;
          resolve();
          return;
        }
      } catch {
        // not listening yet
      }
      setTimeout(poll, 500);
    };
    void poll();
  });
}

describe('npm start without DATABASE_URL', () => {
  it('migrates the embedded database, loads the demo and serves it: a demo learner logs in and reads, several requests at once', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: path.join(testFolder('start-'), 'data'),
      PORT: String(port),
      NODE_ENV: 'production',
    };
    delete env.DATABASE_URL;
    delete env.DEMO;
    const child = spawn(process.execPath, [RUNNER, 'api/src/cli.ts', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}`;
    try {
      await running(child, url, () => output);
      expect(output).toContain('DATABASE_URL is not set: starting embedded PostgreSQL (PGlite)');
      const post = (body: object, cookie?: string) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify(body),
        });
      const login = await post({
        query: 'mutation($input: LoginInput!) { login(input: $input) { __typename } }',
        variables: { input: { username: 'peserta', password: 'komunitas-pintar' } },
      });
      expect(await login.json()).toEqual({ data: { login: { __typename: 'LoginPayload' } } });
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const me = await (await post({ query: '{ me { username employee { id } } }' }, cookie)).json();
      expect(me).toEqual({ data: { me: { username: 'peserta', employee: { id: expect.any(String) } } } });
      // At once, so the pool's connections each run the same statements.
      const summary = {
        query: 'query($input: JpSummaryInput!) { jpSummary(input: $input) { approvedJp } }',
        variables: { input: { employeeId: me.data.me.employee.id, year: new Date().getFullYear() } },
      };
      const answers = await Promise.all(Array.from({ length: 6 }, async () => (await post(summary, cookie)).json()));
      for (const answer of answers) expect(answer).toEqual({ data: { jpSummary: { approvedJp: expect.any(Number) } } });
    } finally {
      if (child.exitCode === null) {
        const ended = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await ended;
      }
    }
  });
});
