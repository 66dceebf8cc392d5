import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { readRows } from '../../../api/src/common/read-model';
import { lockDataFolder } from '../../../api/src/db/embedded';
import { ormConfig } from '../../../api/src/db/orm.config';
import { testFolder } from '../../support/test-app';

describe('the embedded database folder', () => {
  it('is taken by one process: a second is refused with a clear message, and the folder is free again once released', () => {
    const dir = path.join(testFolder('pglite-lock-'), 'pgdata');
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    // Another process's lock, as a second `npm start` on the same DATA_DIR would meet it.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      release();
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => lockDataFolder(dir)).toThrow(
        `The embedded database in ${dir} is in use by another Komunitas Pintar process (pid ${other.pid}).`,
      );
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that has ended', () => {
    const dir = path.join(testFolder('pglite-lock-'), 'pgdata');
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(`${dir}.lock`, '2147483646');
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});

const CHILD = path.join(__dirname, '../../support/embedded-process.cjs');

/** Starts the embedded database on `dir` in another process; resolves with its URL or its refusal. */
function startElsewhere(dir: string): { child: ChildProcess; started: Promise<{ url?: string; refused?: string }> } {
  const child = spawn(process.execPath, [CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const started = new Promise<{ url?: string; refused?: string }>((resolve) => {
    child.stdout!.on('data', () => out.includes('\n') && resolve(JSON.parse(out)));
    child.on('exit', () => resolve({ refused: err.trim() }));
  });
  return { child, started };
}

describe('the embedded database on a data folder', () => {
  it('answers only on a Unix socket in the folder that only this user may open; a second process there is refused', async () => {
    const dir = path.join(testFolder('pglite-socket-'), 'pgdata');
    const socketDir = path.join(path.dirname(dir), 'db-socket');
    const first = startElsewhere(dir);
    try {
      const { url } = await first.started;
      expect(decodeURIComponent(new URL(url!).hostname)).toBe(socketDir);
      expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
      const socket = fs.statSync(path.join(socketDir, '.s.PGSQL.5432'));
      expect(socket.isSocket()).toBe(true);
      expect(socket.mode & 0o777).toBe(0o600);

      const client = new Client({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres' });
      await client.connect();
      try {
        expect((await client.query('select 1 + 1 as two')).rows).toEqual([{ two: 2 }]);
      } finally {
        await client.end();
      }

      const second = startElsewhere(dir);
      expect(await second.started).toEqual({
        refused: expect.stringContaining(
          `The embedded database in ${dir} is in use by another Komunitas Pintar process (pid ${first.child.pid}).`,
        ),
      });
    } finally {
      const ended = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill('SIGTERM');
      await ended;
    }
    expect(fs.existsSync(path.join(socketDir, '.s.PGSQL.5432'))).toBe(false);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 120_000);
});

describe('statements prepared under a name, on the embedded database', () => {
  it('run on every connection of the pool and of a pool of the app loaded anew, though the embedded database serves them all in one session', async () => {
    const started = startElsewhere(path.join(testFolder('pglite-statements-'), 'pgdata'));
    try {
      const { url, refused } = await started.started;
      expect(refused).toBeUndefined();
      const orm = await MikroORM.init(ormConfig({ clientUrl: url!, poolMax: 2 }));
      try {
        const em = orm.em.fork();
        const statement = 'select ?::int + 1 as n';
        // The first connection prepares the statement; reads at once then take the second too.
        expect(await readRows<{ n: number }>(em, statement, [0])).toEqual([{ n: 1 }]);
        const rows = await Promise.all(Array.from({ length: 6 }, (_, i) => readRows<{ n: number }>(em, statement, [i])));
        expect(rows.map(([row]) => row.n)).toEqual([1, 2, 3, 4, 5, 6]);
        const pool = (orm.em.getConnection().getKnex().client as { pool: { numFree(): number; numUsed(): number } }).pool;
        expect(pool.numFree() + pool.numUsed()).toBe(2);
      } finally {
        await orm.close(true);
      }
      // The app loaded anew on the same embedded database (as the next test file of a worker is), with new connections.
      let again!: typeof readRows;
      jest.isolateModules(() => {
        ({ readRows: again } = jest.requireActual<{ readRows: typeof readRows }>('../../../api/src/common/read-model'));
      });
      const next = await MikroORM.init(ormConfig({ clientUrl: url!, poolMax: 2 }));
      try {
        expect(await again<{ n: number }>(next.em.fork(), 'select ?::int + 1 as n', [41])).toEqual([{ n: 42 }]);
      } finally {
        await next.close(true);
      }
    } finally {
      const ended = new Promise((resolve) => started.child.once('exit', resolve));
      started.child.kill('SIGTERM');
      await ended;
    }
  }, 120_000);
});
