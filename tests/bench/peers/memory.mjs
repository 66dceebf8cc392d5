#!/usr/bin/env node
/**
 * Resident memory of our API under the peers benchmark's reads, for several sets of Node/V8 flags
 * (or environment settings) in turn: each build starts on the same database, answers every
 * scenario at 16 connections for S seconds, and reports its RSS peak (the kernel's high-water mark), the V8
 * heap by space at the end, and its Node CPU per request, so that a setting's memory saving
 * is set against its CPU cost measured in the same run, alternating the settings round by round.
 *
 *   node tests/bench/peers/memory.mjs --database kp_peers --seconds 4 --rounds 2 \
 *     --variant "" --variant "--max-semi-space-size=8" --variant "MALLOC_ARENA_MAX=2"
 *
 * The database must already hold the benchmark's data (run bench:peers with --database first).
 * A variant's words of the form NAME=VALUE are environment variables, the others Node flags.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import pg from 'pg';
import { ROOT, startOurs } from '../support/server-process.mjs';
import { processMemory } from '../support/system.mjs';

const require = createRequire(import.meta.url);
const { scenarios: buildScenarios } = require('./scenarios.cjs');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const variants = argv.flatMap((a, i) => (a === '--variant' ? [argv[i + 1]] : []));
if (!variants.length) variants.push('');
const DATABASE = option('--database', 'kp_peers');
const SECONDS = Number(option('--seconds', 4));
const ROUNDS = Number(option('--rounds', 2));
const ONLY = option('--only', null)?.split(',');
const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const url = new URL(serverUrl);
url.pathname = `/${DATABASE}`;
const databaseUrl = url.toString();
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const total = Number((await client.query('select count(*) from employee')).rows[0].count);
const learner = (await client.query(`select employee_id from app_user where username = 'peserta'`)).rows[0].employee_id;
await client.end();
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
const scenarios = buildScenarios({ total, learnerEmployeeId: learner, year, timeZone: 'Asia/Jakarta', search: 'agus' }).filter(
  (s) => !ONLY || ONLY.includes(s.key),
);

const logFile = path.join(ROOT, 'tests', 'bench', 'results', `memory-${Date.now()}.log`);
fs.mkdirSync(path.dirname(logFile), { recursive: true });

async function login(server, username) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { username, password: 'komunitas-pintar' } },
    }),
  });
  return (await res.json()).data.login.token;
}

const results = variants.map((variant) => ({ variant, rounds: [] }));
console.log(`Memory under the reads, ${total.toLocaleString('en')} employees, ${SECONDS} s per scenario, load average ${load()}`);
for (let round = 1; round <= ROUNDS; round++) {
  const order = results.map((_, i) => results[(i + round - 1) % results.length]);
  for (const entry of order) {
    const words = entry.variant.split(/\s+/).filter(Boolean);
    const envVars = Object.fromEntries(words.filter((w) => /^[A-Z_]+=/.test(w)).map((w) => w.split('=')));
    const execArgv = words.filter((w) => !/^[A-Z_]+=/.test(w));
    const saved = { ...process.env };
    Object.assign(process.env, envVars);
    const server = await startOurs({ databaseUrl, logFile, execArgv, name: 'memory' });
    process.env = saved;
    let peak = 0;
    const sampler = setInterval(() => {
      const m = processMemory(server.pid);
      if (m) peak = Math.max(peak, m.rss);
    }, 100);
    const tokens = { admin: await login(server, 'admin'), learner: await login(server, 'peserta') };
    const before = await server.idle();
    let requests = 0;
    for (const s of scenarios) {
      const result = await autocannon({
        url: `${server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[s.actor]}` },
        body: JSON.stringify(s.ours),
        connections: 16,
        duration: SECONDS,
      });
      if (result.non2xx || result.errors) throw new Error(`${entry.variant}: ${s.key} failed`);
    }
    const after = await server.idle();
    requests = after.requests.ended - before.requests.ended;
    const memory = (await server.probe('memory')).memory;
    clearInterval(sampler);
    // The kernel's high-water mark catches a peak between two samples.
    peak = Math.max(peak, processMemory(server.pid)?.peak ?? 0);
    await server.stop();
    const cpu = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
    entry.rounds.push({
      round,
      peakMb: peak / 2 ** 20,
      cpuMsPerRequest: cpu / requests,
      rps: requests / (SECONDS * scenarios.length),
      memory,
      load: os.loadavg()[0],
    });
    const mb = (n) => (n / 2 ** 20).toFixed(0);
    console.log(
      `round ${round} "${entry.variant || 'no flags'}": RSS peak ${mb(peak)} MB, ${(cpu / requests).toFixed(3)} ms Node CPU per request, ${(requests / (SECONDS * scenarios.length)).toFixed(0)} req/s; at the end heap ${mb(memory.heapTotal)} (${mb(memory.heapUsed)} used): ${Object.entries(
        memory.spaces,
      )
        .filter(([, s]) => s.size > 0)
        .map(([n, s]) => `${n} ${mb(s.size)}`)
        .join(', ')}; load average ${load()}`,
    );
  }
}
console.log('\nMedians by variant (RSS peak MB, Node CPU ms per request, and CPU ÷ the first variant by round):');
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (const entry of results) {
  const ratio = entry.rounds.map((r, i) => r.cpuMsPerRequest / results[0].rounds[i].cpuMsPerRequest);
  console.log(
    `  "${entry.variant || 'no flags'}": RSS peak ${median(entry.rounds.map((r) => r.peakMb)).toFixed(0)} MB (${entry.rounds.map((r) => r.peakMb.toFixed(0)).join(' / ')}), CPU ${median(entry.rounds.map((r) => r.cpuMsPerRequest)).toFixed(3)} ms, CPU ÷ first ${ratio.map((x) => x.toFixed(2)).join(' / ')}`,
  );
}
