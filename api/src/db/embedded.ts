import fs from 'node:fs';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PostgreSQL in-process (PGlite) behind a local socket, so the ordinary `pg` driver can
 * connect to it. `dataDir` undefined keeps the database in memory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db,
    port: options.port,
    host: '127.0.0.1',
    // Must be at least the ORM pool size, or concurrent requests lose their connection.
    maxConnections: options.maxConnections ?? 50,
  });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
