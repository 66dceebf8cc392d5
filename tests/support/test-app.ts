import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { type AppOptions, createApp } from '../../api/src/app';
import type { Actor } from '../../api/src/common/actor';
import type { Context } from '../../api/src/common/context';
import { withClock } from '../../api/src/common/clock-stamps';
import { type Clock, systemClock } from '../../api/src/common/dates';
import { type Config, loadConfig } from '../../api/src/config';
import { migrate } from '../../api/src/db/database';
import { ormConfig } from '../../api/src/db/orm.config';
import { seedReference } from '../../api/src/db/seed/reference';
import { createLogger } from '../../api/src/logger';
import { registerModules } from '../../api/src/modules';
import { createApolloServer } from '../../api/src/server';
import { workerDatabaseUrl } from './databases';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  orm: MikroORM;
  config: Config;
  /** A fresh EntityManager, like a request gets. */
  em(): EntityManager;
  /** Runs an operation through the real schema, as `actor` (null: logged out), at the system's time or `clock`'s. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    actor?: Actor | null,
    clock?: Clock,
  ): Promise<GqlResult<T>>;
  /** How many SQL statements `work` runs, leaving out the reads held in memory (`HELD_READS`). */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  /** The SQL statements `work` runs, as the ORM logs them. */
  statements(work: () => Promise<unknown>): Promise<string[]>;
  /** Starts the real HTTP app on a free port; returns its base URL. */
  http(): Promise<string>;
  close(): Promise<void>;
}

/** A new folder for files a test writes, inside the run's folder that the global teardown removes. */
export function testFolder(prefix: string): string {
  const base = process.env.KP_TEST_FILES ?? os.tmpdir();
  return fs.mkdtempSync(path.join(base, prefix));
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const uploadDir = path.join(process.env.KP_TEST_FILES ?? os.tmpdir(), `uploads-${process.pid}`);
  return { ...loadConfig(), logLevel: 'silent', demo: false, uploadDir, ...overrides };
}

export interface ServedApp {
  /** Base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** Stops listening, then stops the app. */
  close(): Promise<void>;
}

/** Starts the real HTTP app over `orm` on a free loopback port. */
export async function serveApp(config: Config, orm: MikroORM, options?: AppOptions): Promise<ServedApp> {
  const { listen, stop } = await createApp(config, createLogger('silent'), orm, options);
  const server: Server = await listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
    },
  };
}

/**
 * The entity tables in an order that empties them with plain deletes: every table after the tables
 * whose foreign keys point at it. Null when the keys between them form a cycle.
 */
async function deleteOrder(orm: MikroORM, tables: string[]): Promise<string[] | null> {
  const keys: { child: string; parent: string }[] = await orm.em.getConnection().execute(
    `select c.relname as child, p.relname as parent from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
     where k.contype = 'f' and n.nspname = current_schema() and k.conrelid <> k.confrelid`,
  );
  const children = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of keys) if (children.has(child) && children.has(parent)) children.get(parent)!.add(child);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const next = tables.filter((t) => !placed.has(t) && [...children.get(t)!].every((c) => placed.has(c)));
    if (!next.length) return null;
    for (const t of next) placed.add(t);
    order.push(...next);
  }
  return order;
}

/**
 * Empties every table and reloads the reference data, so each test file starts alike. Plain
 * deletes, children first, take a few milliseconds where one truncate of the 60 tables takes a few
 * hundred (it replaces every table's and index's files); a test file's data is small. The deletes
 * fire the tables' delete triggers, which keep their summaries as the rows go.
 */
async function resetDatabase(orm: MikroORM, config: Config): Promise<void> {
  const tables = [
    ...new Set(
      Object.values(orm.getMetadata().getAll())
        .filter((meta) => !meta.abstract && !meta.embeddable && meta.tableName)
        .map((meta) => meta.tableName),
    ),
  ];
  const order = await deleteOrder(orm, tables);
  await orm.em.getConnection().execute(
    order
      ? // One message of several statements runs as one transaction: all of them or, on an error, none.
        order.map((t) => `delete from "${t}"`).join('; ')
      : `truncate ${tables.map((t) => `"${t}"`).join(', ')} restart identity cascade`,
  );
  await seedReference(orm.em.fork(), config.seedsDir);
}

/**
 * Reads the server keeps in memory for a few seconds (settings in `setting.service.ts`): whether a
 * request makes one depends on when the last one was made, so `countQueries` leaves them out and
 * two counts of the same work agree on a slow machine too. `statements` still lists them.
 */
const HELD_READS = [/select key, value from setting(?!\w)/];

/**
 * Brings a freshly created or a used database to the state every test file starts from: migrated,
 * every table empty, the reference data loaded.
 */
export async function prepareDatabase(orm: MikroORM, config: Config): Promise<void> {
  await migrate(orm);
  await resetDatabase(orm, config);
}

/** Opens this worker's database, migrates and resets it, and builds the server. Call in `beforeAll`. */
export function setupTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  return openTestApp(overrides, { reset: true });
}

/**
 * Builds the server over this worker's database; `reset: false` keeps the data it holds (a copy of
 * the demo database, `tests/support/demo-database.ts`) and only applies migrations it lacks.
 */
export async function openTestApp(overrides: Partial<Config>, options: { reset: boolean }): Promise<TestApp> {
  const config = testConfig(overrides);
  registerModules();
  let queries = 0;
  let recorded: string[] | null = null;
  const onQuery = (sql: string) => {
    if (!HELD_READS.some((held) => held.test(sql))) queries++;
    recorded?.push(sql);
  };
  // As many connections as the server has by default: a browser page sends several requests at
  // once, and a request in a transaction may read outside it on a second connection.
  const orm = await MikroORM.init(ormConfig({ clientUrl: workerDatabaseUrl(), poolMax: 10, onQuery }));
  if (options.reset) await prepareDatabase(orm, config);
  else await migrate(orm);
  const logger = createLogger('silent');
  let apollo: ApolloServer<Context> | undefined;
  let served: ServedApp | undefined;

  return {
    orm,
    config,
    em: () => orm.em.fork(),
    async gql(query, variables, actor = null, clock = systemClock(config.timeZone)) {
      apollo ??= createApolloServer(config, logger);
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: { em: withClock(orm.em, clock), config, clock, actor, sessionId: null } },
      );
      if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
      return response.body.singleResult as GqlResult<any>;
    },
    async countQueries(work) {
      const before = queries;
      await work();
      return queries - before;
    },
    async statements(work) {
      const mine: string[] = [];
      recorded = mine;
      try {
        await work();
      } finally {
        recorded = null;
      }
      return mine;
    },
    async http() {
      served ??= await serveApp(config, orm);
      return served.url;
    },
    async close() {
      await served?.close();
      await apollo?.stop();
      await orm.close(true);
    },
  };
}

/** The `extensions.code` of the first error, or undefined when the operation succeeded. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** The field errors of a BAD_USER_INPUT answer. */
export function fieldErrors(result: GqlResult): { field: string; rule: string }[] {
  return (result.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string; rule: string }) => ({
    field: f.field,
    rule: f.rule,
  }));
}

/** How many statements of the test app's database wait for a lock now (its own database: this file's). */
export async function statementsWaitingForLocks(t: TestApp): Promise<number> {
  const [row] = await t
    .em()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
  return Number(row.n);
}

/**
 * Resolves once a statement of the test app's database waits for a lock, or once `settled()` is
 * true (what was expected to wait finished without waiting), whichever comes first.
 */
export async function untilLockWaitOr(t: TestApp, settled: () => boolean): Promise<void> {
  while (!settled() && (await statementsWaitingForLocks(t)) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Posts a GraphQL operation over HTTP, as a browser or API client would. */
export async function postGraphql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GqlResult; headers: Headers }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResult, headers: res.headers };
}
