/**
 * The peers of our API in the peers benchmark, each a child process with the statement probe
 * preloaded (`../support/server-process.mjs`, which starts our API too): PostGraphile 4 (installed
 * on demand into a git-ignored folder here), the hand-written SQL server and the GraphQL floor.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, startServer } from '../support/server-process.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

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

const graphqlAnswers = async (url) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return res.ok;
};

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

/** A server of this folder that runs the hand-written statements (`scenarios.cjs`) through `pg`. */
function startStatementServer(name, script, ready, { databaseUrl, logFile, poolSize }) {
  return startServer({
    name,
    script: path.join(here, script),
    env: ({ port }) => ({ BENCH_DB_URL: databaseUrl, PORT: String(port), ...(poolSize && { POOL_SIZE: String(poolSize) }) }),
    pgFrom: ROOT,
    logFile,
    ready,
  });
}

/** The hand-written server: one prepared statement per question through `pg`. */
export function startSql(options) {
  return startStatementServer(
    'sql',
    'sql-server.cjs',
    async (url) => (await fetch(`${url}/none`, { method: 'POST', body: '[]' })).status === 404,
    options,
  );
}

/** The GraphQL floor: Apollo on Node's `http`, our schema, the hand-written statements as resolvers. */
export function startFloor(options) {
  return startStatementServer('floor', 'graphql-floor.cjs', graphqlAnswers, options);
}
