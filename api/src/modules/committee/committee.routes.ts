import type { MikroORM } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { withClock } from '../../common/clock-stamps';
import type { Clock } from '../../common/dates';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { restError, validationFields } from '../../common/format-error';
import type { Config } from '../../config';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken } from '../identity/session-cookie';
import { Opd } from '../organisation/opd.entity';
import { CompetencyCondition, JpCondition, TalentSearchInput, TalentSort } from './committee.inputs';
import { CommitteeService } from './committee.service';
import { searchCsv, searchWorkbook } from './search-export';

const FORMATS = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
} as const;

/** The search input of a request body as the GraphQL input class, checked by the same rules. */
async function searchInput(body: unknown): Promise<TalentSearchInput> {
  const raw = (body ?? {}) as Record<string, unknown>;
  const input = Object.assign(new TalentSearchInput(), raw);
  if (Array.isArray(raw.competencies)) input.competencies = raw.competencies.map((c) => Object.assign(new CompetencyCondition(), c));
  if (raw.jp && typeof raw.jp === 'object') input.jp = Object.assign(new JpCondition(), raw.jp);
  const fields = validationFields(await validate(input, { forbidUnknownValues: false, whitelist: false }));
  if (typeof input.purpose !== 'string') fields.unshift({ field: 'purpose', rule: 'REQUIRED', message: 'purpose is required' });
  if (fields.length) throw new BadInputError(fields);
  return input;
}

/**
 * `POST /committee/exports/search?format=xlsx|csv` with `{ input: TalentSearchInput, sort }`:
 * the whole search as a file (the conditions on a first sheet). Audited before the file is sent;
 * the length is known, so the browser can show the download's progress.
 */
export function committeeRoutes(config: Config, logger: Logger, orm: MikroORM, clock: Clock): Router {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));

  router.post('/exports/search', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const em = withClock(orm.em.fork(), clock);
      const { actor } = await authenticateRequest(em, config, clock, readSessionToken(req));
      if (!actor) throw new UnauthenticatedError();
      const format = FORMATS[String(req.query.format) as keyof typeof FORMATS] ? (String(req.query.format) as keyof typeof FORMATS) : null;
      if (!format) throw BadInputError.field('format', 'FORMAT', 'Export as xlsx or csv');
      const input = await searchInput(req.body?.input);
      const sort = Object.values(TalentSort).includes(req.body?.sort) ? (req.body.sort as TalentSort) : TalentSort.NAME;
      const result = await new CommitteeService(em, clock).exportSearch(actor, input, sort, format);
      const opds = input.opdIds?.length ? await em.find(Opd, { id: { $in: input.opdIds } }) : [];
      const made = clock.now();
      const madeAt = new Intl.DateTimeFormat('id-ID', { timeZone: clock.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(made);
      const data = { ...result, purpose: input.purpose.trim(), madeAt, madeBy: actor.username, filter: input, opdNames: new Map(opds.map((o) => [o.id, o.name])) };
      const body = format === 'xlsx' ? await searchWorkbook(data) : Buffer.from(searchCsv(data), 'utf8');
      const name = `pencarian-talenta-${clock.today()}.${FORMATS[format].ext}`;
      res.set({
        'Content-Type': FORMATS[format].type,
        'Content-Length': String(body.length),
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Total-Rows': String(result.rows.length),
      });
      res.end(body);
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
