import path from 'node:path';
import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ClockStamps } from '../common/clock-stamps';
import { type Clock, systemClock } from '../common/dates';
import { entities } from './entities';

/** Where committed migrations live in the source tree (used when creating new ones). */
export const MIGRATIONS_SOURCE_DIR = path.resolve(__dirname, '..', '..', 'src', 'db', 'migrations');

export interface OrmOptions {
  clientUrl: string;
  /** Pool size; embedded PostgreSQL is served with at least this many connections. */
  poolMax?: number;
  migrationsDir?: string;
  /** Called with every SQL statement run (tests count them). */
  onQuery?: (sql: string) => void;
  /** Stamps rows written through an EntityManager without a clock of its own (see `withClock`). */
  clock?: Clock;
}

export function ormConfig(options: OrmOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new ClockStamps(options.clock ?? systemClock())],
    forceUtcTimezone: true,
    dataloader: DataloaderType.ALL,
    debug: options.onQuery ? ['query'] : false,
    ...(options.onQuery && { logger: (message: string) => options.onQuery!(message) }),
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Entities are listed explicitly, so compiled and source runs discover the same metadata.
    discovery: { warnWhenNoEntities: true },
    migrations: {
      // `__dirname` is src/db under ts tooling and dist/db when compiled.
      path: options.migrationsDir ?? path.join(__dirname, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      // New migrations are diffed against a database migrated to the latest (see cli.ts).
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}
