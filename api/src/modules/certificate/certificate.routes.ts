import { validate } from 'class-validator';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { withClock } from '../../common/clock-stamps';
import { EXPORT_FORMATS, isExportFormat, sendFile } from '../../common/file-export';
import { restError, validationFields } from '../../common/format-error';
import { UUID_PATTERN } from '../../common/id-arguments';
import type { RouteDeps } from '../../common/module';
import { NotFoundError } from '../../common/errors';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken } from '../identity/session-cookie';
import { requestOrigin } from './certificate.resolver';
import { CertificateService } from './certificate.service';
import { siasnCsv, SiasnExportQuery, siasnRecords, siasnWorkbook } from './siasn-export';

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
  /** `GET /certificates/exports/siasn?year=2026[&opdId=…]&format=csv|xlsx`: approved records in SIASN's course-history fields. */
  router.get('/exports/siasn', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const em = withClock(orm.em.fork(), clock);
      const { actor } = await authenticateRequest(em, config, clock, readSessionToken(req));
      if (!actor) throw new UnauthenticatedError();
      const format = req.query.format;
      const query = Object.assign(new SiasnExportQuery(), {
        year: /^\d{1,4}$/.test(String(req.query.year)) ? Number(req.query.year) : req.query.year,
        opdId: req.query.opdId ? String(req.query.opdId) : undefined,
      });
      const fields = validationFields(await validate(query));
      if (!isExportFormat(format)) fields.push({ field: 'format', rule: 'FORMAT', message: 'Export as csv or xlsx' });
      if (fields.length || !isExportFormat(format)) throw new BadInputError(fields);
      const { rows, opd } = await siasnRecords(em, clock, actor, query, format);
      const body = format === 'xlsx' ? await siasnWorkbook(rows, query.year) : Buffer.from(siasnCsv(rows), 'utf8');
      sendFile(res, body, {
        type: EXPORT_FORMATS[format].type,
        name: `siasn-riwayat-kursus-${query.year}${opd ? `-${opd.code.toLowerCase()}` : ''}.${EXPORT_FORMATS[format].ext}`,
        rows: rows.length,
      });
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
