import { createServer, type RequestListener, type Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { compressResponses, serveClient } from './client-assets';
import { TRUSTED_PROXIES } from './common/client-address';
import { systemClock } from './common/dates';
import { requestBudgets } from './common/request-limits';
import type { Config } from './config';
import { graphqlEndpoint, isGraphqlUrl } from './graphql-http';
import { modules } from './modules';
import { createApolloServer } from './server';

/** How long `/health` waits for the database before it answers 503. */
export const HEALTH_TIMEOUT_MS = 2000;

export interface AppOptions {
  /** Overrides HEALTH_TIMEOUT_MS (tests). */
  healthTimeoutMs?: number;
}

export interface AppHandle {
  /**
   * A server on `port` and `host`, once it listens (rejects if it cannot): `/graphql` answered on
   * Node's request and response, the rest through Express.
   */
  listen(port: number, host: string): Promise<Server>;
  stop(): Promise<void>;
}

/** The HTTP application: `/graphql`, `/health`, the modules' routes, and the built client at `/`. */
export async function createApp(config: Config, logger: Logger, orm: MikroORM, options: AppOptions = {}): Promise<AppHandle> {
  const healthTimeoutMs = options.healthTimeoutMs ?? HEALTH_TIMEOUT_MS;
  const apollo = createApolloServer(config, logger);
  const clock = systemClock(config.timeZone);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer sent whole for an ETag: refusals, the health check. Files keep
  // theirs (static files and downloads set their own validators).
  app.set('etag', false);
  app.set('trust proxy', TRUSTED_PROXIES);
  const securityHeaders = helmet({
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
  });
  app.use(securityHeaders);
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

  const graphql = graphqlEndpoint({ apollo, config, logger, orm, clock, budgets: requestBudgets(config), securityHeaders });
  const listener: RequestListener = (req, res) => (isGraphqlUrl(req.url) ? graphql(req, res) : app(req, res));
  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const server = createServer(listener).listen(port, host);
        // Only a failure to listen rejects; a later server error is not swallowed by this listener.
        server.once('error', reject);
        server.once('listening', () => {
          server.off('error', reject);
          resolve(server);
        });
      }),
    stop: async () => {
      timers.forEach(clearInterval);
      await apollo.stop();
    },
  };
}
