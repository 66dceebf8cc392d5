import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows as readOutside } from '../../common/read-model';

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
interface TransactionClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}
interface LoggingConnection {
  executeQuery<T>(query: string, run: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
}

/** `?` marks as `$1, $2, …`, by statement text. */
const numbered = new Map<string, string>();

/**
 * The rows of one read-only statement (`?` marks each value), as plain objects. In a transaction
 * (a committee read and its audit entry commit together) the statement runs on the transaction's
 * connection with its values bound, not written into the text, and is planned for those values;
 * outside one, as `common/read-model` runs it. Either way the ORM logs it like its own statements.
 */
export async function readRows<T>(em: EntityManager, sql: string, values: unknown[]): Promise<T[]> {
  const ctx = em.getTransactionContext<{ client: TransactionClient }>();
  if (!ctx) return readOutside<T>(em, sql, values);
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
      const connection = await ctx.client.acquireConnection();
      try {
        return (await connection.query(statement, values)).rows as T[];
      } finally {
        await ctx.client.releaseConnection(connection);
      }
    },
    { params: values },
  );
}
