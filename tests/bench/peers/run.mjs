#!/usr/bin/env node
/**
 * Our API against its peers at regency scale: PostGraphile 4 (GraphQL compiled to one SQL
 * statement) and a hand-written server answering each question with one SQL statement (the
 * physical limit). Builds a scale data set, checks that all three give the same answers, then
 * runs interleaved rounds with autocannon at 1 and 16 connections and prints one table of
 * throughput, latency, ratios, statements, CPU and memory per request, then how far the rounds lay
 * apart (also written as JSON under tests/bench/results/, which git ignores).
 *
 *   npm run bench:peers                      # 5 rounds, 2.5 s per run, 12,000 generated employees
 *   npm run bench:peers -- --quick           # smoke run: 1 round, 1 s runs, 500 employees
 *   npm run bench:peers -- --profile directory   # CPU profile of our API under that scenario
 *   npm run bench:peers -- --baseline ../other   # also another build of our API (A/B in the same rounds)
 *
 * Options: --rounds N, --duration S, --scale N, --connections 1,16, --only directory,search,
 * --profile-seconds S, --export-load S (after the rounds, S seconds per round and build of the year's
 * compliance workbook, GET /record/exports/compliance, at 4 connections: a report-sized load), --database NAME (use and keep that database, creating and seeding it if
 * needed, so repeated runs skip most of the seeding), --embedded (use embedded PostgreSQL),
 * --baseline DIR (a checkout of the app with its API built, e.g. the main branch: run as a fourth
 * server in the same interleaved rounds, on the same database, with a column "ours ÷ baseline"),
 * --baseline-flags "FLAGS" (Node/V8 flags for the baseline, e.g. "--max-old-space-size=400"; without
 * --baseline the baseline is this checkout, so the two differ only in those flags), --floor (also the
 * GraphQL floor, `graphql-floor.cjs`: Apollo on Node's `http` with our schema and the hand-written
 * statements as its only resolvers, with columns "ours ÷ floor" and "floor ÷ SQL": the part of the
 * distance to the SQL server that any server on this stack keeps).
 * BENCH_DATABASE_URL chooses the server (default 127.0.0.1:5432, in a fresh database dropped at
 * the end); where none answers it runs on embedded PostgreSQL (PGlite) in a process of its own.
 */
import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { summariseProfile, formatProfileSummary } from './profile-summary.mjs';
import { ROOT, startOurs } from '../support/server-process.mjs';
import { adminQuery, freePort, isLocalPostgres, pgAnswers, processCpuMs, processMemory } from '../support/system.mjs';
import { ensurePostgraphile, POSTGRAPHILE_PACKAGES, startFloor, startPostgraphile, startSql } from './servers.mjs';

const require = createRequire(import.meta.url);
const { scenarios: buildScenarios, canonical, firstDifference } = require('./scenarios.cjs');

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const has = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
};
const QUICK = has('--quick');
const ROUNDS = Number(option('--rounds', QUICK ? 1 : 5));
const DURATION = Number(option('--duration', QUICK ? 1 : 2.5));
const WARMUP = QUICK ? 0.5 : 1.5;
const SCALE = Number(option('--scale', QUICK ? 500 : 12000));
const CONNECTIONS = option('--connections', '1,16').split(',').map(Number);
const ONLY = option('--only', null)?.split(',');
const PROFILE = has('--profile') ? option('--profile', 'directory') : null;
const PROFILE_SECONDS = Number(option('--profile-seconds', QUICK ? 3 : 20));
const DATABASE = option('--database', null);
const EXPORT_SECONDS = Number(option('--export-load', 0));
const EMBEDDED = has('--embedded');
// Its value starts with "--" itself, so it is taken as it stands.
const BASELINE_FLAGS = (has('--baseline-flags') ? (argv[argv.indexOf('--baseline-flags') + 1] ?? '') : '').split(/\s+/).filter(Boolean);
const BASELINE = (option('--baseline', null) && path.resolve(option('--baseline', null))) || (BASELINE_FLAGS.length ? ROOT : null);
const SEARCH_TERM = 'agus';
const TIME_ZONE = process.env.TIME_ZONE || 'Asia/Jakarta';
const FLOOR = has('--floor') && !PROFILE;
const SERVERS = ['ours', ...(BASELINE && !PROFILE ? ['baseline'] : []), ...(FLOOR ? ['floor'] : []), 'postgraphile', 'sql'];
const SHORT = { ours: 'ours', baseline: 'baseline', floor: 'floor', postgraphile: 'PostGraphile', sql: 'SQL' };
/** Servers asked our operations (the floor answers them too, on the same schema). */
const ASKS_OURS = (server) => server === 'ours' || server === 'baseline' || server === 'floor';

const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const resultsDir = path.join(ROOT, 'tests', 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const logFile = path.join(resultsDir, `peers-${stamp}.log`);
const log = (message) => console.log(message);
const loadText = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

// ---------------------------------------------------------------- cleanup
const cleanups = [];
let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanup().finally(() => process.exit(130)));
}

// ---------------------------------------------------------------- database

/** A database of the benchmark's own: a fresh one on the server, or embedded PostgreSQL. */
async function openDatabase() {
  const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!EMBEDDED && (await pgAnswers(serverUrl))) {
    const name = DATABASE ?? `kp_bench_peers_${process.pid}`;
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database wants a plain lower-case name, got ${name}`);
    const exists = (await adminQuery(serverUrl, `select 1 from pg_database where datname = '${name}'`)).rowCount > 0;
    if (!exists) await adminQuery(serverUrl, `create database ${name}`);
    if (!DATABASE) cleanups.push(() => adminQuery(serverUrl, `drop database if exists ${name} with (force)`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const version = (await adminQuery(serverUrl, 'show server_version')).rows[0].server_version;
    return { url: url.toString(), kind: `PostgreSQL ${version} server`, embedded: null };
  }
  if (!EMBEDDED && process.env.BENCH_DATABASE_URL) throw new Error('No PostgreSQL server answers at BENCH_DATABASE_URL');
  log(
    `${EMBEDDED ? 'As asked' : 'No PostgreSQL server answers at 127.0.0.1:5432'}: using embedded PostgreSQL (PGlite) in its own process.`,
  );
  const port = await freePort();
  const child = fork(path.join(ROOT, 'tests', 'bench', 'peers', 'embedded-db.cjs'), [], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });
  const { url } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code})`)));
  });
  return { url, kind: 'embedded PostgreSQL (PGlite)', embedded: child };
}

function seed(databaseUrl) {
  execFileSync(process.execPath, [path.join(ROOT, 'api', 'dist', 'cli.js'), 'seed', '--scale', String(SCALE)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DEMO: 'true', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
}

// ---------------------------------------------------------------- requests and answers
const json = { 'content-type': 'application/json' };

async function login(ours, username) {
  const res = await fetch(`${ours.url}/graphql`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { username, password: 'komunitas-pintar' } },
    }),
  });
  const body = await res.json();
  if (!body.data?.login?.token) throw new Error(`Login as ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** The HTTP request that asks `scenario` of `server`. */
function requestFor(servers, tokens, scenario, server) {
  if (ASKS_OURS(server)) {
    return {
      url: `${servers[server].url}/graphql`,
      headers: { ...json, authorization: `Bearer ${tokens[scenario.actor]}` },
      body: JSON.stringify(scenario.ours),
    };
  }
  if (server === 'postgraphile') {
    return { url: `${servers.postgraphile.url}/graphql`, headers: json, body: JSON.stringify(scenario.postgraphile) };
  }
  return { url: `${servers.sql.url}/${scenario.sql.statement}`, headers: json, body: JSON.stringify(scenario.sql.params) };
}

/** The canonical answer of `server` to `scenario`; throws on HTTP or GraphQL errors. */
async function answer(servers, tokens, scenario, server) {
  const request = requestFor(servers, tokens, scenario, server);
  const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${SHORT[server]} answered ${res.status} to ${scenario.key}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text);
  if (server === 'sql') return scenario.fromSql(body);
  if (body.errors) throw new Error(`${SHORT[server]} returned errors for ${scenario.key}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return ASKS_OURS(server) ? scenario.fromOurs(body.data) : scenario.fromPostgraphile(body.data);
}

const serversOf = (scenario) => SERVERS.filter((s) => s !== 'postgraphile' || scenario.postgraphile);

/** Every scenario's three answers must be the same; returns the expected answer per scenario. */
async function checkAnswers(servers, tokens, scenarios) {
  const expected = {};
  for (const scenario of scenarios) {
    const answers = {};
    for (const server of serversOf(scenario)) answers[server] = await answer(servers, tokens, scenario, server);
    for (const server of serversOf(scenario)) {
      const diff = firstDifference(answers.sql, answers[server]);
      if (diff) throw new Error(`ANSWERS DIFFER for ${scenario.key}: SQL vs ${SHORT[server]} at ${diff}`);
    }
    const items = answers.sql.items ?? answers.sql.entries;
    if (!items?.length) throw new Error(`The ${scenario.key} scenario answers nothing: the data set is not what it expects`);
    expected[scenario.key] = canonical(answers.sql);
  }
  return expected;
}

// ---------------------------------------------------------------- measuring
/** PostgreSQL CPU (ms) of each server's connections, by the application name its pool sets (PGAPPNAME). */
async function backendCpu(db) {
  if (db.embedded) {
    // One process serves every connection; only one server is under load at a time.
    const cpu = processCpuMs(db.embedded.pid);
    return cpu === null ? null : { embedded: { server: '*', cpu } };
  }
  if (!db.admin) return null;
  const { rows } = await db.admin.query(
    `select pid, application_name from pg_stat_activity where datname = current_database() and application_name like 'bench-%'`,
  );
  const byPid = {};
  for (const row of rows) {
    if (!isLocalPostgres(row.pid)) return null;
    const cpu = processCpuMs(row.pid);
    if (cpu !== null) byPid[row.pid] = { server: row.application_name.slice('bench-'.length), cpu };
  }
  return byPid;
}

function backendCpuDelta(before, after, server) {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, { server: s, cpu }] of Object.entries(after)) {
    if (s === server || s === '*') total += cpu - (before[pid]?.cpu ?? 0);
  }
  return total;
}

const cpuMsOf = (stats) => (stats.cpu.user + stats.cpu.system) / 1000;
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** Resident memory peaks: per server overall, and per scenario for the server under load. */
const memory = { peak: {}, byScenario: {}, active: null };
function sampleMemory(servers) {
  for (const server of Object.values(servers)) {
    const mem = processMemory(server.pid);
    if (!mem) continue;
    memory.peak[server.name] = Math.max(memory.peak[server.name] ?? 0, mem.peak);
    if (memory.active?.server === server.name) {
      const key = memory.active.scenario;
      memory.byScenario[key] ??= {};
      memory.byScenario[key][server.name] = Math.max(memory.byScenario[key][server.name] ?? 0, mem.rss);
    }
  }
}

/** The compliance workbook of `year` from our API (and the baseline), interleaved by round: req/s and RSS peak. */
async function exportLoad(servers, token, year) {
  const names = SERVERS.filter((s) => s === 'ours' || s === 'baseline');
  const request = (name) => ({
    url: `${servers[name].url}/record/exports/compliance?year=${year}`,
    headers: { authorization: `Bearer ${token}` },
  });
  const sizes = {};
  for (const name of names) {
    const res = await fetch(request(name).url, { headers: request(name).headers });
    const body = Buffer.from(await res.arrayBuffer());
    if (!res.ok) throw new Error(`${SHORT[name]} answered ${res.status} to the compliance workbook: ${body.toString().slice(0, 300)}`);
    sizes[name] = body.length;
  }
  const runs = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round - 1) % names.length]);
    for (const name of order) {
      await servers[name].idle();
      memory.active = { scenario: `export-${round}`, server: name };
      const result = await autocannon({ ...request(name), method: 'GET', connections: 4, duration: EXPORT_SECONDS });
      await servers[name].idle();
      memory.active = null;
      if (result.non2xx || result.errors || result.timeouts) throw new Error(`${SHORT[name]} failed the compliance workbook`);
      const rssPeak = memory.byScenario[`export-${round}`]?.[name] ?? NaN;
      runs.push({ server: name, round, rps: result['2xx'] / result.duration, rssPeak, bytes: sizes[name] });
    }
    log(`workbook round ${round}/${ROUNDS} done (load average ${loadText()})`);
  }
  return runs;
}

async function load(request, connections, seconds) {
  const latencies = [];
  const instance = autocannon({
    url: request.url,
    method: 'POST',
    headers: request.headers,
    body: request.body,
    connections,
    duration: seconds,
  });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode === 200) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

/** One timed run of one scenario on one server, with the server's CPU, statements and memory. */
async function measure(db, servers, tokens, scenario, server, connections, seconds) {
  const target = servers[server];
  const request = requestFor(servers, tokens, scenario, server);
  memory.active = { scenario: scenario.key, server };
  const [before, pgBefore] = [await target.idle(), await backendCpu(db)];
  const { result, latencies } = await load(request, connections, seconds);
  const [after, pgAfter] = [await target.idle(), await backendCpu(db)];
  memory.active = null;
  if (!before || !after)
    throw new Error(`${SHORT[server]} stopped during the ${scenario.key} scenario; see ${path.relative(ROOT, logFile)}`);
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(
      `${SHORT[server]} failed ${scenario.key}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  // The server's work divided by the requests it ended, including those the client stopped waiting for.
  const served = after.requests.ended - before.requests.ended;
  const pgCpu = backendCpuDelta(pgBefore, pgAfter, server);
  return {
    scenario: scenario.key,
    server,
    connections,
    requests: result['2xx'],
    served,
    rps: result['2xx'] / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    cpuMsPerRequest: (cpuMsOf(after) - cpuMsOf(before)) / served,
    statementsPerRequest: (after.statements - before.statements) / served,
    pgCpuMsPerRequest: pgCpu === null ? null : pgCpu / served,
    rss: after.rss,
  };
}

/** The statements one request of `scenario` sends, as the server's driver sees them. */
async function traceStatements(servers, tokens, scenario, server) {
  const target = servers[server];
  await target.idle();
  await target.probe('trace');
  await answer(servers, tokens, scenario, server);
  const { trace } = await target.probe('untrace');
  return trace;
}

// ---------------------------------------------------------------- table
/** The values a round measured (a server that gave no answer leaves null or NaN). */
const measured = (values) => values.filter((x) => x !== null && Number.isFinite(x));
const median = (values) => {
  const v = measured(values).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const fmt = (value, digits = 1) => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  return value.toFixed(Math.abs(value) >= 10 && digits > 1 ? digits - 1 : digits);
};
const triple = (values, digits) => SERVERS.map((s) => fmt(values[s], digits)).join(' / ');
/** The lowest and highest of a measure over the rounds, or null when no round gave one. */
const range = (values) => {
  const v = measured(values);
  return v.length ? [Math.min(...v), Math.max(...v)] : null;
};
const fmtRange = (r, digits) => (r ? `${fmt(r[0], digits)}–${fmt(r[1], digits)}` : '–');

/**
 * How far the rounds of each row lay apart: ours ÷ PostGraphile (÷ SQL where PostGraphile has no
 * answer) and each server's Node CPU per request, lowest–highest. A goal met by the median but
 * not by every round is one this machine cannot settle in one run.
 */
function spreadLines(rows) {
  return rows.map(
    (r) =>
      `  ${r.scenario}, ${r.connections} conn: ours ÷ ${r.spread.peer} ${fmtRange(r.spread.oursOverPeer, 2)}; ` +
      `Node CPU ms per request ${SERVERS.map((s) => `${SHORT[s]} ${fmtRange(r.spread.cpuMsPerRequest[s], 2)}`).join(', ')}`,
  );
}

function summarise(runs, scenarios, statements) {
  const rows = [];
  for (const scenario of scenarios) {
    for (const connections of CONNECTIONS) {
      const of = (server) => runs.filter((r) => r.scenario === scenario.key && r.server === server && r.connections === connections);
      const med = (field) => Object.fromEntries(SERVERS.map((s) => [s, median(of(s).map((r) => r[field]))]));
      /** Each round's rate of `server` ÷ that of `other`; `ratio` is their median. */
      const ratios = (other, server = 'ours') => {
        const mine = of(server);
        return of(other).map((r) => mine.find((m) => m.round === r.round)?.rps / r.rps);
      };
      const ratio = (other, server = 'ours') => median(ratios(other, server));
      const peer = scenario.postgraphile ? 'postgraphile' : 'sql';
      rows.push({
        scenario: scenario.key,
        label: scenario.label,
        connections,
        rps: med('rps'),
        p50: med('p50'),
        p95: med('p95'),
        oursOverPostgraphile: scenario.postgraphile ? ratio('postgraphile') : null,
        oursOverSql: ratio('sql'),
        oursOverBaseline: BASELINE ? ratio('baseline') : null,
        oursOverFloor: FLOOR ? ratio('floor') : null,
        floorOverSql: FLOOR ? ratio('sql', 'floor') : null,
        statements: Object.fromEntries(SERVERS.map((s) => [s, statements[scenario.key]?.[s]?.length ?? null])),
        cpuMsPerRequest: med('cpuMsPerRequest'),
        pgCpuMsPerRequest: med('pgCpuMsPerRequest'),
        rssPeakMb: Object.fromEntries(SERVERS.map((s) => [s, (memory.byScenario[scenario.key]?.[s] ?? NaN) / 2 ** 20])),
        spread: {
          peer: SHORT[peer],
          oursOverPeer: range(ratios(peer)),
          cpuMsPerRequest: Object.fromEntries(SERVERS.map((s) => [s, range(of(s).map((r) => r.cpuMsPerRequest))])),
        },
      });
    }
  }
  return rows;
}

function table(rows) {
  const head = [
    'scenario',
    'conns',
    `req/s ${SERVERS.map((s) => SHORT[s]).join(' / ')}`,
    'ours ÷ PostGraphile',
    'ours ÷ SQL',
    ...(BASELINE ? ['ours ÷ baseline'] : []),
    ...(FLOOR ? ['ours ÷ floor', 'floor ÷ SQL'] : []),
    'p50 ms',
    'p95 ms',
    'statements per request',
    'Node CPU ms per request',
    'PostgreSQL CPU ms per request',
    'RSS peak MB',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.label,
        r.connections,
        triple(r.rps, 1),
        fmt(r.oursOverPostgraphile, 2),
        fmt(r.oursOverSql, 2),
        ...(BASELINE ? [fmt(r.oursOverBaseline, 2)] : []),
        ...(FLOOR ? [fmt(r.oursOverFloor, 2), fmt(r.floorOverSql, 2)] : []),
        triple(r.p50, 1),
        triple(r.p95, 1),
        triple(r.statements, 0),
        triple(r.cpuMsPerRequest, 2),
        triple(r.pgCpuMsPerRequest, 2),
        triple(r.rssPeakMb, 0),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main
async function main() {
  const started = Date.now();
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtStart: os.loadavg(),
    scale: SCALE,
    rounds: ROUNDS,
    secondsPerRun: DURATION,
    connections: CONNECTIONS,
    postgraphile: POSTGRAPHILE_PACKAGES,
  };
  log(`Peers benchmark ${environment.date}: ${os.cpus().length} CPUs, load average ${loadText()}`);
  log(`Server logs: ${path.relative(ROOT, logFile)}`);
  if (!PROFILE) ensurePostgraphile(log);

  const db = await openDatabase();
  environment.database = db.kind;
  log(`Database: ${db.kind}. Seeding reference data, the demo and ${SCALE.toLocaleString('en')} generated employees…`);
  const seedStart = Date.now();
  seed(db.url);
  environment.seedSeconds = (Date.now() - seedStart) / 1000;
  const admin = new pg.Client({ connectionString: db.url, application_name: 'bench-harness' });
  admin.on('error', () => undefined); // the database may go first at the end
  await admin.connect();
  cleanups.push(() => admin.end());
  db.admin = admin;
  await admin.query('analyze'); // fresh statistics, so every run plans alike

  const facts = await factsOf(db.url);
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date()));
  const scenarios = buildScenarios({ ...facts, year, timeZone: TIME_ZONE, search: SEARCH_TERM }).filter(
    (s) => !ONLY || ONLY.includes(s.key),
  );
  log(
    `Data: ${facts.total.toLocaleString('en')} employees, ${facts.matches} named like "${SEARCH_TERM}"; seeded in ${environment.seedSeconds.toFixed(1)} s`,
  );

  const servers = {};
  servers.ours = await startOurs({ databaseUrl: db.url, logFile });
  cleanups.push(() => servers.ours.stop());
  if (SERVERS.includes('baseline')) {
    servers.baseline = await startOurs({ databaseUrl: db.url, logFile, root: BASELINE, name: 'baseline', execArgv: BASELINE_FLAGS });
    cleanups.push(() => servers.baseline.stop());
    log(`Baseline: our API as built in ${BASELINE}${BASELINE_FLAGS.length ? ` with ${BASELINE_FLAGS.join(' ')}` : ''}`);
  }
  if (FLOOR) {
    servers.floor = await startFloor({ databaseUrl: db.url, logFile, poolSize: db.embedded ? 1 : undefined });
    cleanups.push(() => servers.floor.stop());
  }
  if (!PROFILE) {
    servers.postgraphile = await startPostgraphile({ databaseUrl: db.url, logFile, poolSize: db.embedded ? 1 : undefined });
    cleanups.push(() => servers.postgraphile.stop());
  }
  servers.sql = await startSql({ databaseUrl: db.url, logFile, poolSize: db.embedded ? 1 : undefined });
  cleanups.push(() => servers.sql.stop());
  const sampler = setInterval(() => sampleMemory(servers), 200);
  cleanups.push(() => clearInterval(sampler));

  const tokens = { admin: await login(servers.ours, 'admin'), learner: await login(servers.ours, 'peserta') };
  const checked = PROFILE ? scenarios.map((s) => ({ ...s, postgraphile: null })) : scenarios;
  const expected = await checkAnswers(servers, tokens, checked);
  log(`Answers: identical on ${checked.map((s) => `${s.key} (${serversOf(s).length})`).join(', ')}`);

  if (PROFILE) return profile(servers, tokens, scenarios);

  // Warm every server on every question, then trace one request of each.
  for (const scenario of scenarios) {
    for (const server of serversOf(scenario)) await load(requestFor(servers, tokens, scenario, server), 16, WARMUP);
  }
  const statements = {};
  for (const scenario of scenarios) {
    statements[scenario.key] = {};
    for (const server of serversOf(scenario)) statements[scenario.key][server] = await traceStatements(servers, tokens, scenario, server);
  }

  const runs = [];
  const loadByRound = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Interleaved: every round visits each scenario, connection count and server in turn,
    // starting with a different server, so drifting load falls on all three alike.
    const order = SERVERS.map((_, i) => SERVERS[(i + round - 1) % SERVERS.length]);
    for (const scenario of scenarios) {
      for (const connections of CONNECTIONS) {
        for (const server of order.filter((s) => serversOf(scenario).includes(s))) {
          const run = await measure(db, servers, tokens, scenario, server, connections, DURATION);
          runs.push({ round, ...run });
        }
      }
      for (const server of serversOf(scenario)) {
        const got = canonical(await answer(servers, tokens, scenario, server));
        if (got !== expected[scenario.key]) throw new Error(`${SHORT[server]} changed its answer to ${scenario.key} under load`);
      }
    }
    loadByRound.push(os.loadavg());
    log(`round ${round}/${ROUNDS} done (load average ${loadText()})`);
  }

  const exportRuns = EXPORT_SECONDS ? await exportLoad(servers, tokens.admin, year) : [];

  sampleMemory(servers);
  const rows = summarise(runs, scenarios, statements);
  environment.loadAverageAtEnd = os.loadavg();
  environment.loadAverageByRound = loadByRound;
  environment.totalSeconds = (Date.now() - started) / 1000;
  const text = table(rows);
  log('');
  log(
    `Komunitas Pintar vs PostGraphile ${POSTGRAPHILE_PACKAGES.postgraphile} vs hand-written SQL — ${environment.date.slice(0, 10)}, ${db.kind},`,
  );
  log(
    `${facts.total.toLocaleString('en')} employees, ${ROUNDS} interleaved rounds of ${DURATION} s per run (medians), ${os.cpus().length} CPUs,`,
  );
  log(
    `load average ${environment.loadAverageAtStart.map((n) => n.toFixed(1)).join(' ')} at start, ${environment.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' ')} at end`,
  );
  log('');
  log(text);
  if (ROUNDS > 1) {
    log('');
    log('Spread over the rounds (lowest–highest):');
    for (const line of spreadLines(rows)) log(line);
  }
  log('');
  for (const name of SERVERS.filter((s) => s === 'ours' || s === 'baseline')) {
    const mine = exportRuns.filter((r) => r.server === name);
    if (mine.length)
      log(
        `Compliance workbook at 4 connections, ${SHORT[name]}: ${mine.map((r) => fmt(r.rps, 1)).join(' / ')} req/s by round, RSS peak ${fmt(Math.max(...mine.map((r) => r.rssPeak)) / 2 ** 20, 0)} MB, ${fmt(mine[0].bytes / 1024, 0)} kB each`,
      );
  }
  if (exportRuns.some((r) => r.server === 'baseline')) {
    const ratios = exportRuns
      .filter((r) => r.server === 'ours')
      .map((r) => r.rps / exportRuns.find((b) => b.server === 'baseline' && b.round === r.round).rps);
    log(`Compliance workbook, ours ÷ baseline by round: ${ratios.map((x) => fmt(x, 2)).join(' / ')}`);
  }
  log(`RSS peak over the whole run (MB): ${SERVERS.map((s) => `${SHORT[s]} ${fmt((memory.peak[s] ?? NaN) / 2 ** 20, 0)}`).join(', ')}`);
  for (const name of SERVERS.filter((s) => s === 'ours' || s === 'baseline')) {
    const reply = await servers[name].probe('memory');
    const mb = (n) => fmt(n / 2 ** 20, 0);
    if (reply?.memory) {
      const m = reply.memory;
      log(
        `Memory of ${SHORT[name]} at the end (MB): RSS ${mb(reply.rss)}, V8 heap ${mb(m.heapTotal)} (${mb(m.heapUsed)} used, of it code ${mb(m.code)}), external ${mb(m.external)} (array buffers ${mb(m.arrayBuffers)})`,
      );
      if (m.spaces)
        log(
          `  V8 spaces, size (used) MB: ${Object.entries(m.spaces)
            .filter(([, s]) => s.size > 0)
            .map(([space, s]) => `${space} ${mb(s.size)} (${mb(s.used)})`)
            .join(', ')}; malloced by V8 ${mb(m.malloced)} (peak ${mb(m.peakMalloced)})`,
        );
    }
  }
  log('Statements of one request, ours:');
  for (const scenario of scenarios) {
    const trace = statements[scenario.key].ours;
    log(
      `  ${scenario.key}: ${trace.length} (${trace.filter((t) => t.boundValues).length} with bound values, ${trace.filter((t) => t.prepared).length} prepared)`,
    );
    for (const t of trace) log(`    ${t.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  const file = path.join(resultsDir, `peers-${stamp}.json`);
  const out = {
    environment,
    rows,
    exportRuns,
    runs,
    memoryPeakBytes: memory.peak,
    statements,
    table: text,
  };
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  log(`\nWritten ${path.relative(ROOT, file)} (${environment.totalSeconds.toFixed(0)} s in all)`);
}

/** The facts the scenarios need, read from the seeded database. */
async function factsOf(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const total = Number((await client.query('select count(*) from employee')).rows[0].count);
    const matches = Number((await client.query('select count(*) from employee where name ilike $1', [`%${SEARCH_TERM}%`])).rows[0].count);
    const learner = (await client.query(`select employee_id from app_user where username = 'peserta'`)).rows[0];
    if (!learner) throw new Error('The demo learner "peserta" is missing: the seed did not load the demo');
    return { total, matches, learnerEmployeeId: learner.employee_id };
  } finally {
    await client.end();
  }
}

/** A CPU profile of our API answering one scenario at 16 connections, and where its time goes. */
async function profile(servers, tokens, scenarios) {
  const scenario = scenarios.find((s) => s.key === PROFILE);
  if (!scenario) throw new Error(`No scenario ${PROFILE}; choose one of ${scenarios.map((s) => s.key).join(', ')}`);
  const request = requestFor(servers, tokens, scenario, 'ours');
  await load(request, 16, WARMUP * 2);
  log(`Profiling ours on ${scenario.key} at 16 connections for ${PROFILE_SECONDS} s (load average ${loadText()})…`);
  const file = path.join(resultsDir, `peers-${stamp}-${scenario.key}.cpuprofile`);
  const before = await servers.ours.idle();
  await servers.ours.probe('profile');
  const { result } = await load(request, 16, PROFILE_SECONDS);
  const after = await servers.ours.idle();
  await servers.ours.probe('unprofile', { file });
  const served = after.requests.ended - before.requests.ended;
  const text = [
    `${scenario.label}: ${served} requests at 16 connections, ${fmt(result['2xx'] / result.duration)} req/s,`,
    `Node CPU ${fmt((cpuMsOf(after) - cpuMsOf(before)) / served, 2)} ms per request (profiler on), ${after.statements - before.statements} statements, load average ${loadText()}`,
    '',
    formatProfileSummary(summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')))),
  ].join('\n');
  fs.writeFileSync(file.replace(/\.cpuprofile$/, '.txt'), `${text}\n`);
  log(`\nProfile: ${path.relative(ROOT, file)} (open it in Chrome DevTools or speedscope), summary beside it (.txt)\n`);
  log(text);
}

try {
  await main();
} catch (error) {
  console.error(`\n${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
