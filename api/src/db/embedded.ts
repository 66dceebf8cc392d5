import fs from 'node:fs';
import os from 'node:os';
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

/** The file name PostgreSQL clients look for in a socket directory, for the port they are given. */
const SOCKET_PORT = 5432;
/** Longest socket path the operating system takes (108 bytes on Linux, 104 on macOS, with the final NUL). */
const MAX_SOCKET_PATH = 103;

/**
 * The directory of the database socket: `db-socket` in the data folder, readable by this user
 * only; a data folder whose path is too long for a socket gets a private folder in the system's
 * temporary directory instead.
 */
function socketDirectory(dataDir: string): { dir: string; remove: boolean } {
  const inData = path.join(path.dirname(dataDir), 'db-socket');
  if (Buffer.byteLength(path.join(inData, `.s.PGSQL.${SOCKET_PORT}`)) <= MAX_SOCKET_PATH) {
    fs.mkdirSync(inData, { recursive: true, mode: 0o700 });
    fs.chmodSync(inData, 0o700);
    return { dir: inData, remove: false };
  }
  return { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'komunitas-pintar-db-')), remove: true };
}

/**
 * Runs PostgreSQL in-process (PGlite) behind a local socket, so the ordinary `pg` driver can
 * connect to it. PGlite asks no password, so a database with a data folder is served only on a
 * Unix socket in that folder, which no other user can open; `dataDir` undefined keeps the
 * database in memory, served on `port` of 127.0.0.1 (tests and benchmarks).
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  const unlock = options.dataDir ? lockDataFolder(options.dataDir) : () => undefined;
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const socket = options.dataDir ? socketDirectory(options.dataDir) : null;
  const socketPath = socket ? path.join(socket.dir, `.s.PGSQL.${SOCKET_PORT}`) : undefined;
  // Left by a process that ended without stopping; the folder lock says none runs now.
  if (socketPath) fs.rmSync(socketPath, { force: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm } });
  const port = options.port ?? SOCKET_PORT;
  const server = new PGLiteSocketServer({
    db,
    ...(socketPath ? { path: socketPath } : { port, host: '127.0.0.1' }),
    // Must be at least the ORM pool size, or concurrent requests lose their connection.
    maxConnections: options.maxConnections ?? 50,
  });
  const removeSocket = () => {
    if (socket?.remove) fs.rmSync(socket.dir, { recursive: true, force: true });
    else if (socketPath) fs.rmSync(socketPath, { force: true });
  };
  try {
    await server.start();
    if (socketPath) fs.chmodSync(socketPath, 0o600);
  } catch (error) {
    await db.close();
    removeSocket();
    unlock();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(
        socketPath
          ? `The embedded database socket ${socketPath} could not be created: another program holds it.`
          : `Port ${port} on 127.0.0.1, which the in-memory database uses, is taken by another program.`,
      );
    }
    throw error;
  }
  return {
    url: socket
      ? `postgres://postgres@${encodeURIComponent(socket.dir)}:${SOCKET_PORT}/postgres`
      : `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      removeSocket();
      unlock();
    },
  };
}
