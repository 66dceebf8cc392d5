/**
 * The three servers of the peers benchmark, each a child process with the statement probe
 * preloaded: our API as `npm start` runs it, PostGraphile 4 (installed on demand into a
 * git-ignored folder here) and the hand-written SQL server.
 */
import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './system.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..', '..');
const PROBE = path.join(here, 'probe.cjs');

/** PostGraphile and the one plugin the name search needs, pinned; never a dependency of the app. */
export const POSTGRAPHILE_PACKAGES = { postgraphile: '4.14.1', 'postgraphile-plugin-connection-filter': '2.3.0' };
export const POSTGRAPHILE_DIR = path.join(here, 'postgraphile');

/** Installs the pinned PostGraphile into its own folder unless it is already there. */
export function ensurePostgraphile(log) {
  const installed = Object.entries(POSTGRAPHILE_PACKAGES).every(([name, version]) => {
    const file = path.join(POSTGRAPHILE_DIR, 'node_modules', name, 'package.json');
    return fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).version === version;
  });
  if (installed) return;
  log(`Installing PostGraphile ${POSTGRAPHILE_PACKAGES.postgraphile} into ${path.relative(ROOT, POSTGRAPHILE_DIR)} (once)…`);
  fs.mkdirSync(POSTGRAPHILE_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(POSTGRAPHILE_DIR, 'package.json'),
    `${JSON.stringify({ name: 'bench-postgraphile', private: true, dependencies: POSTGRAPHILE_PACKAGES }, null, 2)}\n`,
  );
  execFileSync('npm', ['install', '--prefix', POSTGRAPHILE_DIR, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: POSTGRAPHILE_DIR,
    stdio: 'inherit',
  });
}

let nextProbeId = 1;

/**
 * Starts `script` on a free loopback port with the probe preloaded (`args` and `env` are given
 * the port); resolves once `ready(url)` answers.
 */
async function startServer({ name, script, cwd = ROOT, args = () => [], env = () => ({}), execArgv = [], pgFrom, logFile, ready }) {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const child = fork(script, args({ port }), {
    cwd,
    execArgv: ['-r', PROBE, ...execArgv],
    env: { ...process.env, NODE_ENV: 'production', ...env({ port }), BENCH_PG_FROM: pgFrom, PGAPPNAME: `bench-${name}` },
    stdio: ['ignore', out, out, 'ipc'],
  });
  fs.closeSync(out);
  const pending = new Map();
  child.on('message', (m) => {
    const resolve = m && pending.get(m.id);
    if (resolve) {
      pending.delete(m.id);
      resolve(m);
    }
  });
  let exited = null;
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      for (const resolve of pending.values()) resolve(null);
      resolve(exited);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const server = {
    name,
    url,
    pid: child.pid,
    exit,
    /**
     * Requests and statements so far, CPU usage and memory from the probe; `trace`/`untrace`
     * collect statement texts, `profile`/`unprofile` ({ file }) a CPU profile.
     */
    probe(kind = 'stats', extra = {}) {
      if (exited) return Promise.resolve(null);
      const id = nextProbeId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        child.send({ ...extra, probe: kind, id });
      });
    },
    /** Waits until every request the server started has ended (a client that stopped waiting leaves work behind); returns the probe's stats. */
    async idle() {
      let last = null;
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
        const stats = await server.probe();
        if (!stats) return null;
        const quiet = stats.requests.started === stats.requests.ended;
        if (quiet && last && last.requests.ended === stats.requests.ended) return stats;
        last = quiet ? stats : null;
      }
      throw new Error(`${name} is still busy a minute after its load ended`);
    },
    async stop(signal = 'SIGTERM') {
      if (!exited) child.kill(signal);
      await Promise.race([exit, new Promise((r) => setTimeout(r, 10_000))]);
      if (!exited) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited while starting (${JSON.stringify(exited)}); see ${path.relative(ROOT, logFile)}`);
    try {
      if (await ready(url)) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`${name} did not start within 2 minutes; see ${path.relative(ROOT, logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const graphqlAnswers = async (url) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return res.ok;
};

/**
 * Our API exactly as `npm start` runs it (migrate, seed an empty database, serve), on loopback;
 * `root` may name another checkout whose API is built (an A/B baseline), `execArgv` Node/V8 flags.
 */
export function startOurs({ databaseUrl, logFile, root = ROOT, name = 'ours', execArgv = [] }) {
  return startServer({
    name,
    execArgv,
    script: path.join(root, 'api', 'dist', 'cli.js'),
    cwd: root,
    args: () => ['start'],
    env: ({ port }) => ({ DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
    pgFrom: root,
    logFile,
    ready: async (url) => (await fetch(`${url}/health`)).ok,
  });
}

/**
 * PostGraphile 4 with its defaults except: default mutations off, no GraphiQL, no per-request
 * console log (its own production advice), loopback only, and the connection-filter plugin for
 * the name search. Pool size stays at its default (10, as ours), except on embedded PostgreSQL:
 * PGlite serves every connection from one session, where two connections preparing the same
 * named statement collide, so there each server that prepares statements gets one connection
 * (PGlite runs one statement at a time anyway).
 */
export function startPostgraphile({ databaseUrl, logFile, poolSize }) {
  const cli = path.join(POSTGRAPHILE_DIR, 'node_modules', 'postgraphile', 'cli.js');
  return startServer({
    name: 'postgraphile',
    script: cli,
    args: ({ port }) => [
      '--connection',
      databaseUrl,
      '--schema',
      'public',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--disable-default-mutations',
      '--disable-graphiql',
      '--disable-query-log',
      '--append-plugins',
      'postgraphile-plugin-connection-filter',
      ...(poolSize ? ['--max-pool-size', String(poolSize)] : []),
    ],
    pgFrom: path.join(POSTGRAPHILE_DIR, 'node_modules', 'postgraphile'),
    logFile,
    ready: graphqlAnswers,
  });
}

/** The hand-written server: one prepared statement per question through `pg`. */
export function startSql({ databaseUrl, logFile, poolSize }) {
  return startServer({
    name: 'sql',
    script: path.join(here, 'sql-server.cjs'),
    env: ({ port }) => ({ BENCH_DB_URL: databaseUrl, PORT: String(port), ...(poolSize && { POOL_SIZE: String(poolSize) }) }),
    pgFrom: ROOT,
    logFile,
    ready: async (url) => (await fetch(`${url}/none`, { method: 'POST', body: '[]' })).status === 404,
  });
}
