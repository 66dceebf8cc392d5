import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import type { Express, Request, RequestHandler, Response } from 'express';
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

/** Below this an answer goes as it is (the `compression` package's default threshold). */
export const COMPRESS_MIN_BYTES = 1024;
/**
 * Up to this an answer sent in one piece is compressed at once, on the request's own turn of the
 * event loop (about 0.1 ms of CPU for an answer of 18 KB); a larger one goes through a compression
 * stream in the thread pool, so it never holds the loop for long.
 */
export const COMPRESS_WHOLE_MAX_BYTES = 256 * 1024;
/** Brotli's quality as the `compression` package sets it: the same bytes as before for a browser. */
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

type Encoding = 'br' | 'gzip';

/** `body` compressed on this turn of the event loop: for answers up to COMPRESS_WHOLE_MAX_BYTES. */
export function encodeNow(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, BROTLI) : zlib.gzipSync(body);
}

/** `body` compressed in the thread pool: for larger answers, which would hold the event loop. */
export function encodeInPool(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, packed: Buffer) => (error ? reject(error) : resolve(packed));
    if (encoding === 'br') zlib.brotliCompress(body, BROTLI, done);
    else zlib.gzip(body, done);
  });
}

/**
 * The encoding a request's Accept-Encoding prefers of brotli and gzip (by q value, brotli on a
 * tie, `*` for one not named), or null when it accepts neither.
 */
export function preferredEncoding(header: string): Encoding | null {
  const q: Partial<Record<string, number>> = {};
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const weight = params.map((p) => /^q\s*=\s*([0-9.]+)$/.exec(p)).find(Boolean);
    q[name] = weight ? Number(weight[1]) : 1;
  }
  const br = q.br ?? q['*'] ?? 0;
  const gzip = q.gzip ?? q['*'] ?? 0;
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : null;
}

/**
 * Compresses an answer handed to `res.end` in one piece (Express's `res.send`) there and then, and
 * sends it with its length; the `compression` package would pass it through a zlib stream in the
 * thread pool (a Transform stream, a hand-off to another thread and back, chunked transfer) for
 * about 0.3 ms more CPU and two more thread wake-ups per request. What is written in parts, or too
 * small, too large, already encoded or not compressible, is left to it.
 */
function compressWhole(req: Request, res: Response, encoding: Encoding): void {
  const write = res.write;
  const end = res.end;
  let written = false;
  res.write = function writeInParts(this: Response, ...args: unknown[]) {
    written = true;
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as Response['write'];
  res.end = function endWhole(this: Response, ...args: unknown[]) {
    const [chunk, chunkEncoding, callback] = args;
    if (!written && !this.headersSent && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
      const textEncoding = typeof chunkEncoding === 'string' ? (chunkEncoding as BufferEncoding) : 'utf8';
      const size = typeof chunk === 'string' ? Buffer.byteLength(chunk, textEncoding) : chunk.length;
      if (
        size >= COMPRESS_MIN_BYTES &&
        size <= COMPRESS_WHOLE_MAX_BYTES &&
        this.getHeader('Content-Encoding') === undefined &&
        !/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(this.getHeader('Cache-Control') ?? '')) &&
        compression.filter(req, this)
      ) {
        const body = typeof chunk === 'string' ? Buffer.from(chunk, textEncoding) : chunk;
        const packed = encodeNow(body, encoding);
        this.setHeader('Content-Encoding', encoding);
        this.setHeader('Content-Length', packed.length);
        // The `compression` package beneath finds it encoded and passes it on as it is.
        return (end as (...a: unknown[]) => Response).call(this, packed, typeof chunkEncoding === 'function' ? chunkEncoding : callback);
      }
    }
    return (end as (...a: unknown[]) => Response).apply(this, args);
  } as Response['end'];
}

/**
 * Compresses what is not compressed yet (downloads, refusals, errors); pre-compressed files pass as
 * they are. A request that names no encoding at all is answered as it is without compression's
 * hooks on the response: it would choose `identity` for it (its `enforceEncoding` default) and
 * compress nothing, so only its `Vary: Accept-Encoding` is kept, for caches between. An answer sent
 * in one piece is compressed at once (`compressWhole`); what is written in parts goes through the
 * stream.
 */
export function compressResponses(): RequestHandler {
  const compress = compression();
  return (req, res, next) => {
    const accepted = req.headers['accept-encoding'];
    if (accepted === undefined) {
      if (res.getHeader('vary') === undefined) res.setHeader('Vary', 'Accept-Encoding');
      else res.vary('Accept-Encoding');
      return next();
    }
    const encoding = req.method === 'HEAD' ? null : preferredEncoding(accepted);
    if (!encoding) return compress(req, res, next);
    compress(req, res, (error?: unknown) => {
      if (error) return next(error);
      compressWhole(req, res, encoding);
      next();
    });
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
