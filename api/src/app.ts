import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { compressResponses, serveClient } from './client-assets';
import { withClockOnFirstUse } from './common/clock-stamps';
import { systemClock } from './common/dates';
import { limitGraphqlRequests, RequestRefusal, requestBudgets } from './common/request-limits';
import type { Config } from './config';
import type { Context } from './common/context';
import { authenticateRequest } from './modules/identity/identity.service';
import { readSessionToken } from './modules/identity/session-cookie';
import { modules } from './modules';
import { createApolloServer } from './server';

/** How long `/health` waits for the database before it answers 503. */
export const HEALTH_TIMEOUT_MS = 2000;

export interface AppOptions {
  /** Overrides HEALTH_TIMEOUT_MS (tests). */
  healthTimeoutMs?: number;
}

export interface AppHandle {
  app: Express;
  stop(): Promise<void>;
}

/** The HTTP application: `/graphql`, `/health`, and the built client at `/`. */
export async function createApp(config: Config, logger: Logger, orm: MikroORM, options: AppOptions = {}): Promise<AppHandle> {
  const healthTimeoutMs = options.healthTimeoutMs ?? HEALTH_TIMEOUT_MS;
  const apollo = createApolloServer(config, logger);
  const clock = systemClock(config.timeZone);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer sent whole for an ETag: GraphQL answers (never stored, see the
  // no-store plugin), refusals and the health check. Files keep theirs (static files and downloads
  // set their own validators).
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // MUI (emotion) injects style elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Images come from this server only (lesson Markdown turns others into links).
          imgSrc: ["'self'", 'data:'],
          // Video lessons may link a video file on another https site.
          mediaSrc: ["'self'", 'https:'],
          // Video lessons embed these players only.
          frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compressResponses());

  app.get('/health', async (_req, res) => {
    // A database that accepts connections but never answers must not hang the probe.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), healthTimeoutMs);
    });
    const query = orm.em.getConnection().execute('select 1');
    query.catch(() => undefined); // still pending when the timeout wins; its failure is not news
    try {
      if ((await Promise.race([query, timeout])) === 'timeout') {
        logger.warn({ timeoutMs: healthTimeoutMs }, 'Health check: database did not answer in time');
        res.status(503).json({ status: 'unavailable', database: 'down' });
        return;
      }
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      logger.warn({ err: error }, 'Health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'down' });
    } finally {
      clearTimeout(timer);
    }
  });

  const budgets = requestBudgets(config);
  app.use(
    '/graphql',
    // Who asks decides the budget, so the session is looked up before the body is read.
    async (req, res, next) => {
      // Forked when first asked for more than its connection (read models never are).
      const em = withClockOnFirstUse(orm.em, clock);
      try {
        res.locals.em = em;
        res.locals.auth = await authenticateRequest(em, config, clock, readSessionToken(req));
        next();
      } catch (error) {
        logger.warn({ err: error }, 'Could not check the session: database unreachable');
        new RequestRefusal(503, 'SERVICE_UNAVAILABLE', 'The service is unavailable for a moment. Try again.').send(
          res.set('Retry-After', '5'),
        );
      }
    },
    ...limitGraphqlRequests(budgets, (res) => (res.locals.auth?.actor ? budgets.signedIn : budgets.anonymous)),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const { actor, sessionId } = res.locals.auth as { actor: Context['actor']; sessionId: string | null };
        return { em: res.locals.em, config, clock, actor, sessionId, req, res };
      },
    }),
  );

  for (const module of modules) {
    for (const route of module.routes ?? []) app.use(route.path, route.router({ config, logger, orm, clock }));
  }

  const timers = modules.flatMap((module) =>
    (module.jobs ?? []).map((job) => {
      const timer = setInterval(() => {
        job
          .run({ config, logger, orm, clock })
          .catch((error: unknown) => logger.error({ err: error, job: job.name }, 'A background job failed'));
      }, job.everyMs);
      timer.unref();
      return timer;
    }),
  );

  serveClient(app, config.clientDir, logger);

  return {
    app,
    stop: async () => {
      timers.forEach(clearInterval);
      await apollo.stop();
    },
  };
}
