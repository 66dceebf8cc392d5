import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { systemClock } from '../../api/src/common/dates';
import { ormConfig } from '../../api/src/db/orm.config';
import { seedDemo } from '../../api/src/db/seed/demo';
import { seedModuleDemos } from '../../api/src/db/seed/index';
import { registerModules } from '../../api/src/modules';
import type { Config } from '../../api/src/config';
import { withDatabase, workerDatabaseUrl } from './databases';
import { openTestApp, prepareDatabase, setupTestApp, testConfig, type TestApp } from './test-app';

/**
 * How old the run's demo database may be before a file seeds it again: the demo is dated by the
 * clock (today's community session began half an hour before the seed, and lasts three hours).
 */
const MAX_AGE_MS = 30 * 60_000;

/** Seeds the whole demo (every module's) into the database `app` has open, dated now. */
async function seedWholeDemo(app: Pick<TestApp, 'em'>, config: Config): Promise<void> {
  const clock = systemClock(config.timeZone);
  await seedDemo(app.em(), config.seedsDir, clock);
  await seedModuleDemos(app.em(), config.seedsDir, clock);
}

/** When and for which local date the demo database was seeded, as its comment holds it. */
function seededStamp(config: Config): string {
  return `demo seeded ${new Date().toISOString()} for ${systemClock(config.timeZone).today()}`;
}

function isFresh(comment: string | null, config: Config): boolean {
  const match = /^demo seeded (\S+) for (\S+)$/.exec(comment ?? '');
  if (!match) return false;
  const age = Date.now() - Date.parse(match[1]);
  return age >= 0 && age < MAX_AGE_MS && match[2] === systemClock(config.timeZone).today();
}

/** Migrates, resets and seeds the demo into the (new, empty) database at `url`, then closes it. */
async function buildDemoDatabase(url: string, config: Config): Promise<void> {
  registerModules();
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: 4 }));
  try {
    await prepareDatabase(orm, config);
    await seedWholeDemo({ em: () => orm.em.fork() }, config);
  } finally {
    await orm.close(true);
  }
}

/**
 * Makes this worker's database a fresh copy of the run's demo database, seeding that first if no
 * file of the run has yet (or it is older than MAX_AGE_MS or of another day). One file at a time
 * does this, under an advisory lock; the copy (`CREATE DATABASE … TEMPLATE`) takes about a second
 * where seeding takes many.
 */
async function copyDemoDatabase(serverUrl: string, demo: string, config: Config): Promise<void> {
  const worker = new URL(workerDatabaseUrl()).pathname.slice(1);
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [demo]);
    const { rows } = await admin.query<{ comment: string | null }>(
      `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
      [demo],
    );
    if (!rows[0] || !isFresh(rows[0].comment, config)) {
      await admin.query(`drop database if exists ${demo} with (force)`);
      await admin.query(`create database ${demo}`);
      const stamp = seededStamp(config);
      await buildDemoDatabase(withDatabase(serverUrl, demo), config);
      // Only a finished seed is marked, so a failed one is seeded again by the next file.
      await admin.query(`comment on database ${demo} is '${stamp}'`);
    }
    await admin.query(`drop database if exists ${worker} with (force)`);
    await admin.query(`create database ${worker} template ${demo}`);
  } finally {
    await admin.end();
  }
}

/**
 * Opens this worker's database holding the whole demo (every module's demo data, dated now), as a
 * file that seeded it itself would find it. On a PostgreSQL server the demo is seeded once per
 * run and each file gets its own copy, so what one file changes no other sees; on embedded PGlite
 * each file seeds it. Call in `beforeAll`.
 */
export async function setupDemoApp(): Promise<TestApp> {
  const serverUrl = process.env.KP_TEST_SERVER_URL;
  const demo = process.env.KP_TEST_DEMO_DB;
  if (!serverUrl || !demo) {
    const app = await setupTestApp();
    await seedWholeDemo(app, app.config);
    return app;
  }
  await copyDemoDatabase(serverUrl, demo, testConfig());
  return openTestApp({}, { reset: false });
}
