import fs from 'node:fs';
import path from 'node:path';

/** A reason the server cannot start that its message says in full (no stack trace needed). */
export class StartupError extends Error {}

/** Whether a process with this id is running on this machine. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process: two processes writing one PGlite folder corrupt it. A
 * lock file beside the data holds the owner's process id; a lock left by a process that no longer
 * runs is taken over. Returns the release function.
 */
export function lockDataFolder(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && running(owner)) {
        throw new StartupError(
          `The embedded database in ${dataDir} is in use by another Komunitas Pintar process (pid ${owner}). ` +
            'Stop that one first, or give this one its own DATA_DIR (or a DATABASE_URL).',
        );
      }
      fs.rmSync(lockFile, { force: true }); // left behind by a process that has ended
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dataDir}`);
}

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
  const unlock = options.dataDir ? lockDataFolder(options.dataDir) : () => undefined;
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
  try {
    await server.start();
  } catch (error) {
    await db.close();
    unlock();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${options.port} on 127.0.0.1, which the embedded database uses, is taken by another program: set EMBEDDED_DB_PORT to a free port.`,
      );
    }
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
