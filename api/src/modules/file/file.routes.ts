import { createHash, randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import multer from 'multer';
import type { Logger } from 'pino';
import { UUID_PATTERN } from '../../common/id-arguments';
import type { Config } from '../../config';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken } from '../identity/session-cookie';
import { canReadFile } from './file.policy';
import { createStorage } from './file-storage';
import { INLINE_TYPES, typeOf } from './file-types';
import { StoredFile } from './stored-file.entity';

function fail(res: Response, status: number, code: string, message: string, rule?: string): void {
  res.status(status).json({ error: { code, message, ...(rule && { field: 'file', rule }) } });
}

/** `POST /files` (multipart field `file`) stores an upload; `GET /files/:id` serves it to those allowed. */
export function fileRoutes(config: Config, logger: Logger, orm: MikroORM): Router {
  const storage = createStorage(config);
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.maxUploadBytes, files: 1 } });
  const router = express.Router();

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const em = orm.em.fork();
    const { actor } = await authenticateRequest(em, config, readSessionToken(req));
    if (!actor) return fail(res, 401, 'UNAUTHENTICATED', 'You must be logged in');
    res.locals.em = em;
    res.locals.actor = actor;
    next();
  });

  router.post('/', (req, res, next) => {
    upload.single('file')(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return fail(res, 413, 'BAD_USER_INPUT', `Files may be at most ${config.maxUploadBytes / 1024 / 1024} MB`, 'FILE_SIZE');
      }
      if (error) return next(error);
      void (async () => {
        const file = req.file;
        if (!file) return fail(res, 400, 'BAD_USER_INPUT', 'Send the file in the multipart field "file"', 'REQUIRED');
        const name = Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 200);
        const mimeType = typeOf(name);
        if (!mimeType) return fail(res, 400, 'BAD_USER_INPUT', 'This type of file is not accepted', 'FILE_TYPE');
        const now = new Date();
        const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
        await storage.put(storageKey, file.buffer, mimeType);
        const em = res.locals.em;
        const stored = em.create(StoredFile, {
          name,
          mimeType,
          size: file.size,
          storageKey,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          uploadedBy: res.locals.actor.userId,
        });
        await em.flush();
        res.status(201).json({ id: stored.id, name, mimeType, size: stored.size, url: stored.url });
      })().catch(next);
    });
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const em = res.locals.em;
      const id = String(req.params.id);
      const file = UUID_PATTERN.test(id) ? await em.findOne(StoredFile, id) : null;
      if (!file || !(await canReadFile(em, res.locals.actor, file))) return fail(res, 404, 'NOT_FOUND', 'File not found');
      const body = await storage.read(file.storageKey);
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
    logger.error({ err: error }, 'File request failed');
    if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  });

  return router;
}
