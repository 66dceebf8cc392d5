#!/usr/bin/env node
/**
 * Benchmark at the size of a real regency: seeds N generated employees (default 12,000) into a
 * fresh database and times the employee directory and competency queries as a client sends them:
 * over HTTP to the running GraphQL server, logged in with a bearer token. Prints p50/p95 in
 * milliseconds and ratios against a baseline measured in the same run (the unfiltered first
 * page, and the name search without its trigram index).
 *
 *   npm run bench -- --scale 12000 --runs 40
 *   BENCH_DATABASE_URL=postgres://… to use another server (default: 127.0.0.1:5432); where no
 *   server answers, embedded PostgreSQL (PGlite, in memory) stands in, as for `npm start`.
 */
import net from 'node:net';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { MikroORM } = require('@mikro-orm/postgresql');
const { ormConfig } = require('../../api/dist/db/orm.config.js');
const { migrate } = require('../../api/dist/db/database.js');
const { seedAll } = require('../../api/dist/db/seed/index.js');
const { loadConfig } = require('../../api/dist/config.js');
const { createLogger } = require('../../api/dist/logger.js');
const { createApp } = require('../../api/dist/app.js');
const { startEmbeddedPostgres } = require('../../api/dist/db/embedded.js');
const { DEMO_PASSWORD } = require('../../api/dist/db/seed/demo.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SCALE = arg('--scale', 12000);
const RUNS = arg('--runs', 40);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `kp_bench_${process.pid}`;

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function serverAnswers() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(label, runs, fn) {
  await fn(); // warm up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

let clientUrl;
let embedded = null;
if (await serverAnswers()) {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  await admin(`create database ${dbName}`);
  clientUrl = url.toString();
  console.log(`Database: a fresh ${dbName} on PostgreSQL at ${url.host}`);
} else {
  embedded = await startEmbeddedPostgres({ port: await freePort(), maxConnections: 8 });
  clientUrl = embedded.url;
  console.log(`Database: no PostgreSQL server answered at ${new URL(serverUrl).host}, so embedded PostgreSQL (PGlite, in memory)`);
}
const orm = await MikroORM.init(ormConfig({ clientUrl, poolMax: 4 }));
let http;
try {
  await migrate(orm);
  const config = { ...loadConfig(), logLevel: 'silent', demo: true };
  let started = performance.now();
  await seedAll(orm.em.fork(), config, { scale: SCALE });
  const seedMs = performance.now() - started;
  const employees = await orm.em.fork().count('Employee', {});

  // The real HTTP app on a free loopback port: requests pay for JSON, headers and the session lookup too.
  const app = await createApp(config, createLogger('silent'), orm);
  const listener = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listener.once('listening', resolve));
  http = { app, listener };
  const endpoint = `http://127.0.0.1:${listener.address().port}/graphql`;
  const post = async (body, token) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token user { employee { id } } } }';
  const logIn = (username) => post({ query: LOGIN, variables: { input: { username, password: DEMO_PASSWORD } } }).then((d) => d.login);
  const [adminUser, learner] = [await logIn('admin'), await logIn('peserta')];
  const gql = (user, query, variables) => post({ query, variables }, user.token);
  const LIST = `query($filter: EmployeeFilter, $page: PageInput) { employees(filter: $filter, page: $page) { total items { id nip name opd { name } position { name } } } }`;
  const names = ['agus', 'siti', 'wulandari', 'hidayat', 'dewi l', 'pratiwi'];
  const nipPrefixes = ['1980', '19920315', '1975'];
  const learnerEmployee = learner.user.employee.id;

  const results = [];
  results.push(await time('employees: first page, no filter (baseline)', RUNS, () => gql(adminUser, LIST, { page: { limit: 20 } })));
  results.push(
    await time('employees: name search (trigram index)', RUNS, (i) =>
      gql(adminUser, LIST, { filter: { search: names[i % names.length] } }),
    ),
  );
  results.push(
    await time('employees: NIP prefix search', RUNS, (i) =>
      gql(adminUser, LIST, { filter: { search: nipPrefixes[i % nipPrefixes.length] } }),
    ),
  );
  results.push(
    await time('employees: last page (offset)', RUNS, () => gql(adminUser, LIST, { page: { offset: employees - 20, limit: 20 } })),
  );
  await orm.em.getConnection().execute('drop index employee_name_trgm_idx');
  results.push(
    await time('employees: name search WITHOUT the trigram index', RUNS, (i) =>
      gql(adminUser, LIST, { filter: { search: names[i % names.length] } }),
    ),
  );
  await orm.em.getConnection().execute('create index "employee_name_trgm_idx" on "employee" using gin ("name" gin_trgm_ops)');
  const GAP = `query($input: CompetencyGapInput!) { competencyGap(input: $input) { summary { score } items { gap evidence { method } } recommendedModules { closesLevels } } }`;
  results.push(await time('competencyGap of the demo learner', RUNS, () => gql(learner, GAP, { input: { employeeId: learnerEmployee } })));
  const DASH = `query { myLearning { enrollments { progressPercent } jp { approvedJp reached } } }`;
  results.push(await time('myLearning dashboard', RUNS, () => gql(learner, DASH, {})));

  const base = results[0].p50;
  console.log(
    `\nKomunitas Pintar benchmark: ${employees} employees (seeded ${SCALE} in ${(seedMs / 1000).toFixed(1)} s), ${RUNS} runs each\n`,
  );
  console.log('query'.padEnd(52), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p50/baseline'.padStart(13));
  for (const r of results) {
    console.log(r.label.padEnd(52), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), (r.p50 / base).toFixed(2).padStart(13));
  }
  const withIdx = results[1].p50;
  const without = results[4].p50;
  console.log(
    `\nname search: trigram index ${withIdx.toFixed(1)} ms vs sequential scan ${without.toFixed(1)} ms (×${(without / withIdx).toFixed(2)})`,
  );
} finally {
  if (http) {
    await new Promise((resolve) => http.listener.close(resolve));
    await http.app.stop();
  }
  await orm.close(true);
  if (embedded) await embedded.stop();
  else await admin(`drop database if exists ${dbName} with (force)`);
}
