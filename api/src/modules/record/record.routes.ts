import { validate } from 'class-validator';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { withClock } from '../../common/clock-stamps';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { restError, validationFields } from '../../common/format-error';
import { sinkStream, streamFile } from '../../common/file-stream';
import type { RouteDeps } from '../../common/module';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken } from '../identity/session-cookie';
import { OpdComplianceInput } from './compliance.inputs';
import { complianceWorkbook } from './compliance-export';
import { ComplianceService } from './compliance.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /record/exports/compliance?year=2026`: the year's compliance per OPD and everyone at risk, as
 * XLSX. Everything that can be refused (the session, the year, the reading, the audit) is done before
 * the first byte, so it answers with its status and error body; the workbook is then sent while it is
 * written, never held whole (a failure part-way cuts the connection, so no partial file looks whole).
 */
export function recordRoutes({ config, logger, orm, clock }: RouteDeps): Router {
  const router = express.Router();
  router.get('/exports/compliance', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const em = withClock(orm.em.fork(), clock);
      const { actor } = await authenticateRequest(em, config, clock, readSessionToken(req));
      if (!actor) throw new UnauthenticatedError();
      const input = Object.assign(new OpdComplianceInput(), {
        year: /^\d{1,4}$/.test(String(req.query.year)) ? Number(req.query.year) : req.query.year,
      });
      const fields = validationFields(await validate(input));
      if (fields.length) throw new BadInputError(fields);
      const data = await new ComplianceService(em).exportData(actor, input, clock);
      await streamFile(
        req,
        res,
        logger,
        { type: XLSX, name: `kepatuhan-jp-${input.year}.xlsx`, rows: data.atRisk.length },
        async (sink) => {
          // A receiver that has left is sent nothing, so the workbook is not made for it.
          if (!sink.gone) await complianceWorkbook(data, sinkStream(sink));
          return data.atRisk.length;
        },
      );
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
