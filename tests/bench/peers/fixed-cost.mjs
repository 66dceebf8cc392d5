#!/usr/bin/env node
/**
 * What one GraphQL request costs before any work of its own: `{ __typename }` answered at 1 and 16
 * connections by our API (as `npm start` runs it, logged out), the fixed part of its stack alone
 * (Express with Apollo Server and a one-field schema: `apollo-floor.cjs`), Apollo Server on Node's
 * `http` without Express (`apollo-http-floor.cjs`), the same with Express's request and response
 * prototypes given to each request (that file with EXPRESS_OBJECTS=1), PostGraphile 4 and a plain
 * Node `http` server returning the same bytes (`http-floor.cjs`), in interleaved rounds. Prints requests per
 * second (median of the rounds), the ratio to PostGraphile, and Node CPU per request, so a goal
 * stated against PostGraphile can be read against what Apollo Server and Express cost here.
 *
 *   npm run bench:fixed-cost [-- --rounds 3 --seconds 6]
 *
 * The database (PostGraphile and our API need one; nothing is read from it): a fresh one on
 * BENCH_DATABASE_URL's server (default 127.0.0.1:5432), dropped at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { arg } from '../support/harness.mjs';
import { ROOT, startOurs, startServer } from '../support/server-process.mjs';
import { adminQuery } from '../support/system.mjs';
import { ensurePostgraphile, startPostgraphile } from './servers.mjs';

const ROUNDS = arg('--rounds', 3);
const SECONDS = arg('--seconds', 6);
const CONNECTIONS = [1, 16];
const BODY = JSON.stringify({ query: '{ __typename }' });
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line) => console.log(line);
const load = () => os.loadavg()[0].toFixed(1);

const answers = async (url) =>
  (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY })).ok;

const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `kp_bench_fixed_${process.pid}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const logFile = path.join(ROOT, 'tests/bench/results', 'fixed-cost-servers.log');
fs.mkdirSync(path.dirname(logFile), { recursive: true });

ensurePostgraphile(log);
await adminQuery(serverUrl, `create database ${dbName}`);
const servers = [];
try {
  log(`# The fixed cost of a GraphQL request, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  log(`${os.cpus().length} cores, load average ${load()} at the start; ${ROUNDS} rounds of ${SECONDS} s per server and connection count\n`);
  /** One of the servers of this folder that need no database, on the port it is given. */
  const floor = (name, file, env = {}) =>
    startServer({
      name,
      script: path.join(here, file),
      env: ({ port }) => ({ PORT: String(port), ...env }),
      pgFrom: ROOT,
      logFile,
      ready: answers,
    });
  servers.push(await startOurs({ databaseUrl, logFile }));
  servers.push(await floor('Apollo Server + Express alone', 'apollo-floor.cjs'));
  servers.push(await floor('Apollo Server on Node http alone', 'apollo-http-floor.cjs'));
  servers.push(await floor("Apollo Server on Node http with Express's objects", 'apollo-http-floor.cjs', { EXPRESS_OBJECTS: '1' }));
  servers.push(await startPostgraphile({ databaseUrl, logFile }));
  servers.push(await floor('Node http alone', 'http-floor.cjs'));
  for (const server of servers) {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
    const text = await res.text();
    if (JSON.parse(text).data?.__typename !== 'Query') throw new Error(`${server.name} answered ${text}`);
  }

  const rates = new Map();
  const cpu = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const connections of CONNECTIONS) {
      for (const server of servers) {
        const before = await server.idle();
        const result = await autocannon({
          url: `${server.url}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: BODY,
          connections,
          duration: SECONDS,
        });
        const after = await server.idle();
        if (result.non2xx || result.errors) throw new Error(`${server.name}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
        const key = `${server.name}@${connections}`;
        rates.set(key, [...(rates.get(key) ?? []), result.requests.average]);
        const used = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
        cpu.set(key, [...(cpu.get(key) ?? []), used / (after.requests.ended - before.requests.ended)]);
      }
    }
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  log('| server | connections | req/s (median) | ÷ PostGraphile | Node CPU ms per request |');
  log('|---|---:|---:|---:|---:|');
  for (const connections of CONNECTIONS) {
    const reference = median(rates.get(`postgraphile@${connections}`));
    for (const server of servers) {
      const key = `${server.name}@${connections}`;
      const rate = median(rates.get(key));
      log(
        `| ${server.name} | ${connections} | ${rate.toFixed(0)} | ${(rate / reference).toFixed(2)} | ${median(cpu.get(key)).toFixed(3)} |`,
      );
    }
  }
  log(`\nLoad average ${load()} at the end.`);
} finally {
  for (const server of servers) await server.stop();
  await adminQuery(serverUrl, `drop database if exists ${dbName} with (force)`);
}
