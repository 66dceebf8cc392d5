import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import type { Express, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from 'pino';

/** Vite names these files by their content: a new release has new names, so they never go stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page naming those files is checked on every visit (a cheap 304), so a release shows at once. */
const REVALIDATE = 'no-cache';
/** Other files at the root (favicon, robots.txt) keep their names across releases. */
const SHORT = 'public, max-age=3600';

/** Paths the single-page app answers with `index.html`; a missing `/assets/` file stays a 404. */
const APP_ROUTES = /^\/(?!graphql|health|files|assets\/).*/;

/**
 * Compresses what is not compressed yet (GraphQL answers, errors); pre-compressed files pass as they
 * are. A request that names no encoding at all is answered as it is without compression's hooks on
 * the response: it would choose `identity` for it (its `enforceEncoding` default) and compress
 * nothing, so only its `Vary: Accept-Encoding` is kept, for caches between.
 */
export function compressResponses(): RequestHandler {
  const compress = compression();
  return (req, res, next) => {
    if (req.headers['accept-encoding'] !== undefined) return compress(req, res, next);
    if (res.getHeader('vary') === undefined) res.setHeader('Vary', 'Accept-Encoding');
    else res.vary('Accept-Encoding');
    next();
  };
}

function cacheControl(clientDir: string, file: string): string {
  const relative = path.relative(clientDir, file).replace(/\.(br|gz)$/, '');
  if (relative.startsWith(`assets${path.sep}`)) return IMMUTABLE;
  if (relative.endsWith('.html')) return REVALIDATE;
  return SHORT;
}

/**
 * Serves the built client: the brotli or gzip file the build wrote next to each asset when the
 * browser accepts it, with cache headers by kind of file, and `index.html` for the app's routes.
 * Returns false when the client is not built.
 */
export function serveClient(app: Express, clientDir: string, logger: Logger): boolean {
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) {
    logger.warn({ dir: clientDir }, 'The client is not built; only the API is served');
    return false;
  }
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControl(clientDir, file)),
    },
  });
  app.use(files);
  app.get(APP_ROUTES, (req, res, next) => {
    req.url = '/index.html';
    files(req, res, next);
  });
  return true;
}
