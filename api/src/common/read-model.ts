import { createHash, randomBytes } from 'node:crypto';
import type { EntityClass, Primary, Ref, Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Read models: read-only requests answer from plain rows of one SQL statement instead of
 * hydrated entities. A row stands in for its entity (the same fields, for the GraphQL types and
 * the policies), and its relations that the statement already read are references that need no
 * query: `preloaded(opd)` answers `id`, `load()`, `unwrap()` and `getEntity()` from the row in hand.
 * Nothing may write such a row: writes load entities through the EntityManager.
 */
export function preloaded<T extends { id: unknown }>(entity: T): Ref<T> {
  const ref = {
    id: entity.id,
    load: () => Promise.resolve(entity),
    loadOrFail: () => Promise.resolve(entity),
    unwrap: () => entity,
    getEntity: () => entity,
    isInitialized: () => true,
  };
  return ref as unknown as Ref<T>;
}

/**
 * A reference to an entity a read model's row names by id only: nothing is made until it is
 * loaded (then it is the EntityManager's reference, loaded as usual), so rows whose relation no
 * one asks for cost nothing.
 */
export function lazyReference<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string): Ref<T> {
  let real: Reference<T> | undefined;
  const ref = () => (real ??= em.getReference(entity, id as Primary<T>, { wrapped: true }) as unknown as Reference<T>);
  const lazy = {
    id,
    load: (...args: unknown[]) => (ref().load as (...a: unknown[]) => unknown)(...args),
    loadOrFail: (...args: unknown[]) => (ref().loadOrFail as (...a: unknown[]) => unknown)(...args),
    unwrap: () => ref().unwrap(),
    getEntity: () => ref().getEntity(),
    isInitialized: () => real?.isInitialized() ?? false,
  };
  return lazy as unknown as Ref<T>;
}

/** A row's numeric column (PostgreSQL sends numeric and bigint as text). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A nullable numeric column. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

/** A timestamp column as the ORM gives it (PostgreSQL's text, read the way MikroORM reads it). */
export function instant(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string);
}

/** A nullable timestamp column. */
export function instantOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : instant(value);
}

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}
interface LoggingConnection {
  executeQuery<T>(query: string, run: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
  /** The ORM's logger (a protected field of its connection). */
  readonly logger: { isEnabled(namespace: string, context?: Record<string, unknown>): boolean };
}

/** Statement texts by their `?` form: the `$n` text and the name it is prepared under. */
const prepared = new Map<string, { text: string; name: string }>();

/** The `$n` text of a statement written with `?` marks. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * A mark for each connection, which the names of its prepared statements end with. PostgreSQL keeps
 * prepared statements per session, so one name per statement would do on a server; but the
 * connections to the embedded database (PGlite) are served in turn by one session, where a statement
 * one connection prepared already exists under that name when the next prepares it. The marks are
 * numbers after a token drawn when this module loads, so connections of an earlier load (another
 * test file on the same embedded database) do not meet them either.
 */
const connectionMarks = new WeakMap<object, string>();
const loadToken = randomBytes(3).toString('base64url');
let connectionsMarked = 0;

function nameOn(connection: object, name: string): string {
  let mark = connectionMarks.get(connection);
  if (mark === undefined) {
    mark = `${loadToken}${++connectionsMarked}`;
    connectionMarks.set(connection, mark);
  }
  return `${name}_${mark}`;
}

function preparedOf(sql: string): { text: string; name: string } {
  let found = prepared.get(sql);
  if (!found) {
    const text = numbered(sql);
    found = { text, name: `kp_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}` };
    prepared.set(sql, found);
  }
  return found;
}

export interface ReadOptions {
  /**
   * Plan the statement for its values each time instead of preparing it once per connection: for
   * statements whose best plan depends on the values (how many rows each condition leaves), and
   * whose text varies with the question (they are not kept by name either).
   */
  planEachTime?: boolean;
}

/**
 * The rows of one statement (`?` marks each value), as plain objects. The values are bound, not
 * written into the text, and the statement is prepared once per connection under a name (unless
 * `planEachTime`), so PostgreSQL parses and plans it once. Inside a transaction it runs on the
 * transaction's connection, where it may also lock and write; there a statement with a list among
 * its values (an `in (?)` that the ORM spreads into one value per item) is written out by the ORM
 * instead. Either way the ORM logs it like its own statements when query logging is on.
 */
export async function readRows<T>(em: EntityManager, sql: string, values: unknown[], options: ReadOptions = {}): Promise<T[]> {
  const ctx = em.getTransactionContext<{ client: unknown }>();
  const connection = em.getConnection();
  if (ctx && values.some(Array.isArray)) return (await connection.execute(sql, values, 'all', ctx)) as T[];
  const statement: { text: string; name?: string } = options.planEachTime ? { text: numbered(sql) } : preparedOf(sql);
  // A transaction's client hands out the transaction's own connection, and releasing it is a no-op.
  const knex = (ctx ?? connection.getKnex()).client as KnexClient;
  const run = async () => {
    const client = await knex.acquireConnection();
    try {
      const name = statement.name && nameOn(client, statement.name);
      return (await client.query({ name, text: statement.text, values })).rows as T[];
    } finally {
      // Knex releases at once (its promise is already settled): nothing to wait for.
      void knex.releaseConnection(client);
    }
  };
  const logging = connection as unknown as LoggingConnection;
  // The ORM's wrapper only times and logs the statement: without query logging (production) it is skipped.
  if (!logging.logger.isEnabled('query')) return run();
  return logging.executeQuery(statement.text, run, { params: values });
}

/**
 * The entity a reference points at: at once when it is in hand (a read model's row, an entity
 * already loaded), so graphql-js completes the field without a promise; loaded otherwise.
 */
export function loadedOrLoad<T extends object>(ref: Ref<T>): T | Promise<T> {
  return ref.isInitialized() ? (ref.unwrap() as T) : (ref.load() as Promise<T>);
}

/**
 * A write of the caller's sent in the same statement as another module's, a round trip fewer:
 * data-modifying common table expressions (`name as (update …), other as (insert …)`) with the
 * values of their `?` marks. They run whatever the statement finds, in it, and must not read what
 * that statement's lock guards (they run before it is granted).
 */
export interface AlongsideWrite {
  ctes: string;
  values: unknown[];
}
