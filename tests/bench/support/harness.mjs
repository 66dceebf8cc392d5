/**
 * What the API benchmarks share: command-line numbers, percentiles, a fresh database migrated
 * for the run (on BENCH_DATABASE_URL, or embedded PostgreSQL where no server answers), the real
 * HTTP app on a free loopback port with a small GraphQL client, and the teardown that drops the
 * database again. Needs the built API (`node scripts/ensure-built.mjs api`).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { adminQuery, freePort, pgAnswers } from './system.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { MikroORM } = require('@mikro-orm/postgresql');
const { ormConfig } = require('../../../api/dist/db/orm.config.js');
const { migrate } = require('../../../api/dist/db/database.js');
const { createLogger } = require('../../../api/dist/logger.js');
const { createApp } = require('../../../api/dist/app.js');
const { startEmbeddedPostgres } = require('../../../api/dist/db/embedded.js');
const { hashToken } = require('../../../api/dist/modules/identity/identity.service.js');
const { DEMO_PASSWORD } = require('../../../api/dist/db/seed/demo.js');
export const { seedAll } = require('../../../api/dist/db/seed/index.js');
export const { loadConfig } = require('../../../api/dist/config.js');

/** The number after `name` on the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** The word after `name` on the command line, or `fallback`. */
export const argText = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The machine a run was measured on: cores and load average, for the printed table. */
export const machine = () =>
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`;

/** p50/p95 of `runs` calls of `fn(i)` one after another, after one warm-up call. */
/** Runs `jobs` with at most `limit` in flight; returns each job's milliseconds and the wall time. */
export async function crowd(jobs, limit) {
  const samples = new Array(jobs.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(limit, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        const t0 = performance.now();
        await jobs[i]();
        samples[i] = performance.now() - t0;
      }
    }),
  );
  const wall = performance.now() - started;
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: jobs.length, wall, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/** p50/p95 of `runs` calls of `fn(i)` one after another, after one warm-up call. */
export async function time(label, runs, fn) {
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

/**
 * A small GraphQL client of `endpoint` (fetch, as a browser sends it). `post(body, token)` returns
 * the data; on GraphQL errors it throws, or, given `onErrors`, calls it with the errors and returns
 * the data as it is. `logIn(username, fields)` logs a demo account in with the demo password and
 * returns `login { <fields> }`.
 */
export function graphqlClient(endpoint, { onErrors } = {}) {
  const post = async (body, token) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (json.errors) {
      if (!onErrors) throw new Error(JSON.stringify(json.errors));
      onErrors(json.errors);
    }
    return json.data;
  };
  const logIn = (username, fields = 'token user { employee { id } }') =>
    post({
      query: `mutation($input: LoginInput!) { login(input: $input) { ${fields} } }`,
      variables: { input: { username, password: DEMO_PASSWORD } },
    }).then((d) => d.login);
  return { post, logIn };
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const adminRows = async (sql, values = []) => (await adminQuery(serverUrl, sql, values)).rows;

const admin = (sql) => adminRows(sql).then(() => undefined);

/**
 * A bearer token for `userId`, written straight into the session table: a benchmark that times
 * something else does not spend its time hashing passwords.
 */
export async function bearerToken(db, userId) {
  const token = randomBytes(32).toString('base64url');
  await db.execute(`insert into session (user_id, token_hash, expires_at) values (?, ?, now() + interval '8 hours')`, [
    userId,
    hashToken(token),
  ]);
  return token;
}

/**
 * A fresh database `<prefix>_<pid>` on the server of BENCH_DATABASE_URL, migrated, with a MikroORM
 * on it. Where no server answers, embedded PostgreSQL (PGlite, in memory, `maxConnections`)
 * stands in, unless `embedded` is false. `poolMax` and `onQuery` go to the ORM's config.
 * `close()` stops the HTTP app (if `serve` started one), the ORM, and drops the database.
 *
 * With `keep: { name, matches }` the database is `name` on the server and outlives the run: an
 * existing one is reused when `matches(url)` answers true (e.g. it holds the data at the scale
 * asked for), else it is dropped and created empty again. `reused` tells which; `close()` leaves
 * it in place.
 */
export async function openBench({ prefix = 'kp_bench', embedded: mayEmbed = true, maxConnections = 8, poolMax, onQuery, keep } = {}) {
  if (keep && !/^[a-z_][a-z0-9_]*$/.test(keep.name)) throw new Error(`Not a database name: ${keep.name}`);
  const dbName = keep ? keep.name : `${prefix}_${process.pid}`;
  let clientUrl;
  let embedded = null;
  let reused = false;
  if (keep) {
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    clientUrl = url.toString();
    const exists = await adminRows(`select 1 from pg_database where datname = $1`, [dbName]);
    reused = exists.length > 0 && (await keep.matches(clientUrl));
    if (!reused) {
      if (exists.length) await admin(`drop database ${dbName} with (force)`);
      await admin(`create database ${dbName}`);
    }
    console.log(`Database: ${reused ? 'the kept' : 'a new kept'} ${dbName} on PostgreSQL at ${url.host}`);
  } else if (!mayEmbed || (await pgAnswers(serverUrl))) {
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    await admin(`create database ${dbName}`);
    clientUrl = url.toString();
    console.log(`Database: a fresh ${dbName} on PostgreSQL at ${url.host}`);
  } else {
    embedded = await startEmbeddedPostgres({ port: await freePort(), maxConnections });
    clientUrl = embedded.url;
    console.log(`Database: no PostgreSQL server answered at ${new URL(serverUrl).host}, so embedded PostgreSQL (PGlite, in memory)`);
  }
  const dropDatabase = () =>
    embedded ? embedded.stop() : keep ? Promise.resolve() : admin(`drop database if exists ${dbName} with (force)`);
  let orm;
  try {
    orm = await MikroORM.init(ormConfig({ clientUrl, ...(poolMax ? { poolMax } : {}), ...(onQuery ? { onQuery } : {}) }));
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  let http = null;

  return {
    orm,
    clientUrl,
    reused,
    /** Migrates the database. */
    migrate: () => migrate(orm),
    /**
     * Starts the real HTTP app on a free loopback port: requests pay for JSON, headers and the
     * session lookup too. `post(body, token)` returns the data; on GraphQL errors it throws, or,
     * given `onErrors`, calls it with the errors and returns the data as it is.
     */
    async serve(config, { onErrors } = {}) {
      const app = await createApp(config, createLogger('silent'), orm);
      const listener = await app.listen(0, '127.0.0.1');
      http = { app, listener };
      const endpoint = `http://127.0.0.1:${listener.address().port}/graphql`;
      return { endpoint, ...graphqlClient(endpoint, { onErrors }) };
    },
    async close() {
      if (http) {
        await new Promise((resolve) => http.listener.close(resolve));
        await http.app.stop();
      }
      await orm.close(true);
      await dropDatabase();
    },
  };
}
