import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded';
import { ormConfig } from './orm.config';

export interface Database {
  orm: MikroORM;
  /** `embedded` when running on PGlite. */
  mode: 'embedded' | 'server';
  close(): Promise<void>;
}

const POOL_MAX = 10;

/** Connects to `DATABASE_URL`, or starts embedded PostgreSQL with data under `config.dataDir`. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dir = `${config.dataDir}/pgdata`;
    logger.info({ dir }, 'DATABASE_URL is not set: starting embedded PostgreSQL (PGlite)');
    embedded = await startEmbeddedPostgres({ dataDir: dir, maxConnections: POOL_MAX * 2 });
    url = embedded.url;
  } else {
    logger.info({ url: redactUrl(url) }, 'Using PostgreSQL server from DATABASE_URL');
  }
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: POOL_MAX }));
  return {
    orm,
    mode: embedded ? 'embedded' : 'server',
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
