/**
 * A server started by a benchmark as a child process of its own, with the statement probe
 * (`probe.cjs`) preloaded: our API exactly as `npm start` runs it, or any other Node script. The
 * benchmark's client then does not share the server's event loop, and the server's statements and
 * CPU time are read from the probe over the IPC channel.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './system.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..', '..');
const PROBE = path.join(here, 'probe.cjs');

let nextProbeId = 1;

/**
 * Starts `script` on a free loopback port with the probe preloaded (`args` and `env` are given
 * the port); resolves once `ready(url)` answers.
 */
export async function startServer({ name, script, cwd = ROOT, args = () => [], env = () => ({}), execArgv = [], pgFrom, logFile, ready }) {
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
