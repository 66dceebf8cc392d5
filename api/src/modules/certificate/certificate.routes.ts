import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { UnauthenticatedError } from '../../common/errors';
import { restError } from '../../common/format-error';
import { UUID_PATTERN } from '../../common/id-arguments';
import type { RouteDeps } from '../../common/module';
import { NotFoundError } from '../../common/errors';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken } from '../identity/session-cookie';
import { requestOrigin } from './certificate.resolver';
import { CertificateService } from './certificate.service';

/** `GET /certificates/:id/pdf`: the certificate as an A4 PDF, to those who may read it. */
export function certificateRoutes({ config, logger, orm, clock }: RouteDeps): Router {
  const router = express.Router();
  router.get('/:id/pdf', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const em = orm.em.fork();
      const { actor } = await authenticateRequest(em, config, clock, readSessionToken(req));
      if (!actor) throw new UnauthenticatedError();
      const id = String(req.params.id);
      if (!UUID_PATTERN.test(id)) throw new NotFoundError('Certificate', id);
      const { certificate, pdf } = await new CertificateService(em, clock).pdf(actor, id, requestOrigin(req));
      const name = `Sertifikat ${certificate.number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(pdf);
    } catch (error) {
      next(error);
    }
  });
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = restError(error, logger);
    if (!res.headersSent) res.status(status).json(body);
  });
  return router;
}
