import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, ROOT_DIR } from './config';
import { migrate, openDatabase } from './db/database';
import { StartupError } from './db/embedded';
import { MIGRATIONS_SOURCE_DIR, ormConfig } from './db/orm.config';
import { seedAll } from './db/seed';
import { createLogger } from './logger';
import { printSchemaSdl } from './schema';
import { startServer, warnAboutDemo } from './index';

const USAGE = `Usage: cli <command>
  start                     migrate, load demo data into an empty database, serve
  migrate                   apply pending migrations
  migration:create [name]   write a migration for entity changes (needs DATABASE_URL or embedded)
  seed [--scale N]          load reference and demo data; --scale adds N generated employees
  schema:emit               write schema/schema.graphql`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  switch (command) {
    case 'start': {
      await startServer(config, logger);
      return;
    }
    case 'migrate': {
      const db = await openDatabase(config, logger);
      try {
        const applied = await migrate(db.orm);
        logger.info({ applied }, applied.length ? 'Migrations applied' : 'The database is up to date');
      } finally {
        await db.close();
      }
      return;
    }
    case 'migration:create': {
      const db = await openDatabase(config, logger);
      try {
        await migrate(db.orm);
        // A second ORM pointing at the source folder, so the file lands next to the others.
        const url = db.orm.config.getClientUrl();
        const orm = await MikroORM.init(ormConfig({ clientUrl: url, migrationsDir: MIGRATIONS_SOURCE_DIR }));
        const result = await orm.getMigrator().createMigration(MIGRATIONS_SOURCE_DIR, false, false, args[0]);
        logger.info({ file: result.fileName || '(none: no changes)' }, 'Migration created');
        await orm.close();
      } finally {
        await db.close();
      }
      return;
    }
    case 'seed': {
      const scaleArg = flag(args, '--scale');
      const scale = scaleArg === undefined ? 0 : Number(scaleArg);
      if (!Number.isInteger(scale) || scale < 0) throw new Error(`--scale needs a whole number, got ${scaleArg}`);
      const db = await openDatabase(config, logger);
      try {
        await migrate(db.orm);
        const started = Date.now();
        const counts = await seedAll(db.orm.em.fork(), config, { scale });
        logger.info({ ...counts, ms: Date.now() - started }, 'Seed data loaded');
        warnAboutDemo(config, counts, logger);
      } finally {
        await db.close();
      }
      return;
    }
    case 'schema:emit': {
      const file = path.join(ROOT_DIR, 'schema', 'schema.graphql');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, printSchemaSdl());
      logger.info({ file }, 'Schema written');
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `Komunitas Pintar cannot start: ${error.message}` : error);
  process.exit(1);
});
