import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import multer from 'multer';
import type { Logger } from 'pino';
import { withClock } from '../../common/clock-stamps';
import type { Clock } from '../../common/dates';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '../../common/errors';
import { restError } from '../../common/format-error';
import type { Config } from '../../config';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken, sessionFromCookie } from '../identity/session-cookie';
import { createStorage } from './file-storage';
import { INLINE_TYPES } from './file-types';
import { FileService } from './file.service';

/**
 * The header a same-origin page sends with an upload on the session cookie. A page on another site
 * cannot add it without a CORS preflight, which this server never grants, so a form or script
 * elsewhere cannot upload in a signed-in user's name.
 */
export const UPLOAD_HEADER = 'x-requested-with';

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // `null` (sandboxed frames, some redirects) is no site of ours
  }
}

/** A foreign `Origin`, or an upload on the cookie without the custom header: refused with 403. */
function crossSiteProblem(req: Request): string | null {
  const origin = req.get('origin');
  if (origin && hostOf(origin) !== req.host) return 'Uploads are accepted from this site only';
  if (sessionFromCookie(req) && !req.get(UPLOAD_HEADER)) return `An upload with the session cookie needs the ${UPLOAD_HEADER} header`;
  return null;
}

/**
 * What the multipart parser found wrong with the body (more than one file, another field name, a
 * truncated body, no boundary): the client's mistake, answered 400 with rule `MULTIPART`.
 */
function malformedUpload(error: unknown): BadInputError | null {
  if (error instanceof multer.MulterError) {
    const message =
      error.code === 'LIMIT_UNEXPECTED_FILE'
        ? 'Send exactly one file, in the multipart field "file"'
        : `The upload is not accepted: ${error.message}`;
    return BadInputError.field('file', 'MULTIPART', message);
  }
  // busboy's parse errors (no boundary, malformed headers, truncated body) are plain Errors.
  if (error instanceof Error && /multipart|boundary|unexpected end of form|malformed part header|part terminated/i.test(error.message)) {
    return BadInputError.field('file', 'MULTIPART', `The upload could not be read: ${error.message}`);
  }
  return null;
}

/** `POST /files` (multipart field `file`) stores an upload; `GET /files/:id` serves it to those allowed. */
export function fileRoutes(config: Config, logger: Logger, orm: MikroORM, clock: Clock): Router {
  const storage = createStorage(config);
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.maxUploadBytes, files: 1 } });
  const router = express.Router();

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const em = withClock(orm.em, clock);
      const { actor } = await authenticateRequest(em, config, clock, readSessionToken(req));
      if (!actor) throw new UnauthenticatedError();
      res.locals.actor = actor;
      res.locals.files = new FileService(em, storage, clock);
      next();
    } catch (error) {
      next(error);
    }
  });

  router.post('/', (req, res, next) => {
    const crossSite = crossSiteProblem(req);
    if (crossSite) return next(new ForbiddenError(crossSite));
    upload.single('file')(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return next(FileService.tooLarge(config.maxUploadBytes));
      }
      if (error) return next(malformedUpload(error) ?? error);
      const files: FileService = res.locals.files;
      const received = req.file && { originalName: req.file.originalname, buffer: req.file.buffer };
      files
        .upload(res.locals.actor, received)
        .then((stored) =>
          res.status(201).json({ id: stored.id, name: stored.name, mimeType: stored.mimeType, size: stored.size, url: stored.url }),
        )
        .catch(next);
    });
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const files: FileService = res.locals.files;
      const { file, body } = await files.open(res.locals.actor, String(req.params.id));
      const inline = INLINE_TYPES.has(file.mimeType);
      res.set({
        'Content-Type': file.mimeType,
        'Content-Length': String(file.size),
        'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=3600',
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'",
      });
      body.on('error', next).pipe(res);
    } catch (error) {
      next(error);
    }
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    // A file over the limit is refused with 413, as HTTP names it; the body is the usual BAD_USER_INPUT.
    const tooLarge = error instanceof Error && 'fields' in error && (error.fields as { rule: string }[])[0]?.rule === 'FILE_SIZE';
    const { status, body } = restError(error, logger, tooLarge ? 413 : undefined);
    if (!res.headersSent) res.status(status).json(body);
  });

  return router;
}
