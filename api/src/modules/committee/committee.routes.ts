import type { MikroORM } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { withClock } from '../../common/clock-stamps';
import { type Clock, localDateTime } from '../../common/dates';
import { BadInputError, UnauthenticatedError } from '../../common/errors';
import { EXPORT_FORMATS, type ExportFormat, isExportFormat, sendFile, writeTable } from '../../common/file-export';
import { streamFile } from '../../common/file-stream';
import { restError, validationFields } from '../../common/format-error';
import type { Config } from '../../config';
import { authenticateRequest } from '../identity/identity.service';
import { readSessionToken } from '../identity/session-cookie';
import { Opd } from '../organisation/opd.entity';
import type { Actor } from '../../common/actor';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Competency } from '../competency/competency.entity';
import { CompetencyCondition, EmployeeHistoryInput, JpCondition, TalentPoolInput, TalentSearchInput, TalentSort } from './committee.inputs';
import { CommitteeService } from './committee.service';
import { historyFile, historyRows, profilePdf } from './history-export';
import { poolFile, poolRows } from './pool-export';
import { searchCells, searchFile } from './search-export';

/**
 * The body's `input` as the GraphQL input class, checked by the same rules (purpose required);
 * `nest` makes its nested inputs instances of their classes, so their rules apply too.
 */
async function checkedInput<T extends object>(
  Type: new () => T,
  body: unknown,
  nest?: (input: T, raw: Record<string, unknown>) => void,
): Promise<T> {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const input = Object.assign(new Type(), raw);
  nest?.(input, raw);
  const fields = validationFields(await validate(input, { forbidUnknownValues: false, whitelist: false }));
  if (typeof raw.purpose !== 'string') fields.unshift({ field: 'purpose', rule: 'REQUIRED', message: 'purpose is required' });
  if (fields.length) throw new BadInputError(fields);
  return input;
}

function formatOf(req: Request): ExportFormat {
  const format = req.query.format;
  if (!isExportFormat(format)) throw BadInputError.field('format', 'FORMAT', 'Export as xlsx or csv');
  return format;
}

/** A file name part from a name: lower case letters and digits joined by dashes. */
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'pegawai'
  );
}

/** A search's nested conditions as their input classes. */
function nestSearch(input: TalentSearchInput, raw: Record<string, unknown>): void {
  if (Array.isArray(raw.competencies)) input.competencies = raw.competencies.map((c) => Object.assign(new CompetencyCondition(), c));
  if (raw.jp && typeof raw.jp === 'object') input.jp = Object.assign(new JpCondition(), raw.jp);
}

/**
 * Routes of the committee's files; each export is audited before its file is sent. Tables stream
 * (with their progress, to a client that asks for frames); the candidate profile is one PDF page or two.
 */
export function committeeRoutes(config: Config, logger: Logger, orm: MikroORM, clock: Clock): Router {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));

  /** Runs an export for a signed-in actor; errors go to the handler below. */
  const exporting =
    (handler: (req: Request, res: Response, em: EntityManager, actor: Actor, made: { madeAt: string; madeBy: string }) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const em = withClock(orm.em.fork(), clock);
        const { actor } = await authenticateRequest(em, config, clock, readSessionToken(req));
        if (!actor) throw new UnauthenticatedError();
        const madeAt = localDateTime(clock.now(), clock.timeZone);
        await handler(req, res, em, actor, { madeAt, madeBy: actor.username });
      } catch (error) {
        next(error);
      }
    };

  /**
   * `POST /committee/exports/search?format=xlsx|csv` with `{ input: TalentSearchInput, sort }`:
   * the whole search as a file (the conditions on a first sheet), streamed while its rows are read.
   */
  router.post(
    '/exports/search',
    exporting(async (req, res, em, actor, made) => {
      const format = formatOf(req);
      const input = await checkedInput(TalentSearchInput, req.body?.input, nestSearch);
      const sort = Object.values(TalentSort).includes(req.body?.sort) ? (req.body.sort as TalentSort) : TalentSort.NAME;
      const search = await new CommitteeService(em, clock).exportSearch(actor, input, sort, format);
      const opds = input.opdIds?.length ? await em.find(Opd, { id: { $in: input.opdIds } }) : [];
      const data = {
        ...made,
        purpose: input.purpose.trim(),
        filter: input,
        competencies: search.competencies,
        opdNames: new Map(opds.map((o) => [o.id, o.name])),
        years: search.years,
        count: search.ids.length,
        total: search.total,
      };
      async function* rows() {
        let i = 0;
        for await (const page of search.pages()) yield page.map((row) => searchCells(data, row, i++));
      }
      await streamFile(
        req,
        res,
        logger,
        {
          type: EXPORT_FORMATS[format].type,
          name: `pencarian-talenta-${clock.today()}.${EXPORT_FORMATS[format].ext}`,
          rows: search.ids.length,
        },
        (sink) => writeTable(format, sink, searchFile(data), rows()),
      );
    }),
  );

  /** `POST /committee/exports/pool?format=xlsx|csv` with `{ input: TalentPoolInput }`: the ranked candidates. */
  router.post(
    '/exports/pool',
    exporting(async (req, res, em, actor, made) => {
      const format = formatOf(req);
      const input = await checkedInput(TalentPoolInput, req.body?.input);
      const pool = await new CommitteeService(em, clock).exportPool(actor, input, format);
      const data = { pool, standard: pool.standard, purpose: input.purpose.trim(), limit: pool.candidates.length, ...made };
      await streamFile(
        req,
        res,
        logger,
        {
          type: EXPORT_FORMATS[format].type,
          name: `kumpulan-talenta-${slug(pool.position.code)}-${clock.today()}.${EXPORT_FORMATS[format].ext}`,
          rows: pool.candidates.length,
        },
        (sink) => writeTable(format, sink, poolFile(data), poolRows(data)),
      );
    }),
  );

  /** `POST /committee/exports/history?format=xlsx|csv` with `{ input: EmployeeHistoryInput }`: one employee's timeline. */
  router.post(
    '/exports/history',
    exporting(async (req, res, em, actor, made) => {
      const format = formatOf(req);
      const input = await checkedInput(EmployeeHistoryInput, req.body?.input);
      const history = await new CommitteeService(em, clock).exportHistory(actor, input, format);
      const data = { history, levels: history.levels, competencies: new Map<string, Competency>(), purpose: input.purpose.trim(), ...made };
      await streamFile(
        req,
        res,
        logger,
        {
          type: EXPORT_FORMATS[format].type,
          name: `riwayat-${slug(history.employee.name)}-${clock.today()}.${EXPORT_FORMATS[format].ext}`,
          rows: history.events.length,
        },
        (sink) => writeTable(format, sink, historyFile(data), historyRows(data)),
      );
    }),
  );

  /** `POST /committee/exports/profile` with `{ input: EmployeeHistoryInput }`: the printable candidate profile (PDF). */
  router.post(
    '/exports/profile',
    exporting(async (req, res, em, actor, made) => {
      const input = await checkedInput(EmployeeHistoryInput, req.body?.input);
      const history = await new CommitteeService(em, clock).exportHistory(actor, input, 'pdf');
      const ids = history.levels.map((l) => l.competencyId);
      const competencies = ids.length ? await em.find(Competency, { id: { $in: ids } }) : [];
      const body = await profilePdf({
        history,
        levels: history.levels,
        competencies: new Map(competencies.map((c) => [c.id, c])),
        purpose: input.purpose.trim(),
        ...made,
      });
      sendFile(res, body, {
        type: 'application/pdf',
        name: `profil-kandidat-${slug(history.employee.name)}-${clock.today()}.pdf`,
        rows: history.events.length,
      });
    }),
  );

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = restError(error, logger);
    if (!res.headersSent) res.status(status).json(body);
  });
  return router;
}
