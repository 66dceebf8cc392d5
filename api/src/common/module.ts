import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Clock } from './dates';

/** What an HTTP route factory of a module receives from the app. */
export interface RouteDeps {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  clock: Clock;
}

/** An express router a module serves beside `/graphql`, mounted at `path`. */
export interface ModuleRoute {
  path: string;
  router(deps: RouteDeps): Router;
}

/** Work a module repeats in the background while the app runs (e.g. closing what timed out). */
export interface ModuleJob {
  name: string;
  /** Milliseconds between runs. */
  everyMs: number;
  run(deps: RouteDeps): Promise<unknown>;
}

/** What a demo-data hook of a module receives; runs after the people and the organisation exist. */
export interface DemoSeedContext {
  em: EntityManager;
  clock: Clock;
  seedsDir: string;
}

/**
 * A module declares itself: its entities, resolvers, routes, domain-event handlers and demo data.
 * `api/src/modules/index.ts` lists the modules; the schema, the ORM and the app read that list.
 */
export interface ApiModule {
  /** The folder name under `api/src/modules`. */
  name: string;
  // MikroORM and type-graphql both take plain classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  routes?: ModuleRoute[];
  /** Background work the app runs every `everyMs` while it serves (not in tests that call services directly). */
  jobs?: ModuleJob[];
  /** Registers the module's domain-event handlers and answers to lower modules; called once at start-up. */
  register?(): void;
  /** Adds the module's demo data; returns counts to report. */
  seedDemo?(ctx: DemoSeedContext): Promise<Record<string, number>>;
}

/** Identity function that checks a manifest's shape. */
export function defineModule(module: ApiModule): ApiModule {
  return module;
}
