import 'reflect-metadata';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './app';
import type { Config } from './config';
import { migrate, openDatabase } from './db/database';
import { seedAll } from './db/seed';
import { applyHeapGrowth } from './heap';

/**
 * Demo accounts share a published password: whenever the server runs with them enabled, it says
 * so as a warning, once per start, and at length when it has just loaded them or when it runs on
 * a PostgreSQL server (which looks like an installation, not a try-out).
 */
export function warnAboutDemo(config: Pick<Config, 'demo' | 'databaseUrl'>, counts: Record<string, number>, logger: Logger): void {
  if (!config.demo) {
    if (config.databaseUrl)
      logger.info('Demo data is off: on a PostgreSQL server from DATABASE_URL, demo accounts are loaded only with DEMO=true');
    return;
  }
  const loaded = (counts.demoEmployees ?? 0) > 0;
  if (!loaded && !config.databaseUrl) return;
  logger.warn(
    { demo: true, loadedNow: loaded, database: config.databaseUrl ? 'server' : 'embedded' },
    '*** DEMO DATA: DEMO=true. The demo accounts (admin, pelatih, pengawas, peserta, komite and 195 employees by NIP) ' +
      'log in with the published password "komunitas-pintar". Never run an installation with them: ' +
      'start with DEMO=false on an empty database. ***',
  );
}

/** Migrates, seeds an empty database, and serves until SIGINT/SIGTERM. */
export async function startServer(config: Config, logger: Logger): Promise<Server> {
  applyHeapGrowth(config.heapGrowingPercent);
  const db = await openDatabase(config, logger);
  const applied = await migrate(db.orm);
  if (applied.length) logger.info({ applied }, 'Migrations applied');
  const counts = await seedAll(db.orm.em.fork(), config);
  if (Object.values(counts).some((n) => n > 0)) logger.info(counts, 'Seed data loaded');
  warnAboutDemo(config, counts, logger);

  const { listen, stop } = await createApp(config, logger, db.orm);
  const server = await listen(config.port, config.host);
  const url = `http://localhost:${config.port}/`;
  logger.info(
    { database: db.mode === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server' },
    `Komunitas Pintar is running: open ${url}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'Shutting down');
    server.close();
    await stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return server;
}
