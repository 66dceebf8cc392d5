import type { EntityManager } from '@mikro-orm/postgresql';

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}
interface LoggingConnection {
  executeQuery<T>(query: string, run: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
}

/** `?` marks as `$1, $2, …`, by statement text. */
const numbered = new Map<string, string>();

/**
 * The rows of one statement (`?` marks each value), as plain objects: on the transaction's
 * connection when there is one, else on a connection of the pool. The values are bound, not written
 * into the text, and the statement is planned for those values each time (a search's best plan
 * depends on how many people each condition leaves). The ORM logs it like its own statements.
 */
export async function readRows<T>(em: EntityManager, sql: string, values: unknown[]): Promise<T[]> {
  const ctx = em.getTransactionContext<{ client: KnexClient }>();
  const client = ctx ? ctx.client : (em.getConnection().getKnex().client as unknown as KnexClient);
  let text = numbered.get(sql);
  if (!text) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, text);
  }
  const statement = text;
  return (em.getConnection() as unknown as LoggingConnection).executeQuery(
    statement,
    async () => {
      const connection = await client.acquireConnection();
      try {
        return (await connection.query(statement, values)).rows as T[];
      } finally {
        await client.releaseConnection(connection);
      }
    },
    { params: values },
  );
}
