import { Client } from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why no PostgreSQL server answers at `url` within two seconds, or null when one does. */
export async function unreachableReason(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE). */
export async function admin(url: string, statements: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** URL of this jest worker's database, prepared by the global setup. */
export function workerDatabaseUrl(): string {
  const urls = JSON.parse(process.env.KP_TEST_DB_URLS ?? '[]') as string[];
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const url = urls[(worker - 1) % urls.length];
  if (!url) throw new Error('KP_TEST_DB_URLS is not set: run the tests through jest (npm test)');
  return url;
}
