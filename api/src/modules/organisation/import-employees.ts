import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { emitDomainEvent } from '../../common/events';
import type { FieldError } from '../../common/errors';
import { LIMITS, normalizeNip } from '@komunitas-pintar/domain';
import { Employee } from './employee.entity';
import { checkEmployee, type EmployeeFieldNames } from './employee-rules';
import { Opd } from './opd.entity';
import type { ImportEmployeesResult, ImportRowError } from './organisation.types';
import { EmployeeType } from './organisation.enums';
import { Position } from './position.entity';
import { heldNow, placementChanges, placementError, writePlacement } from './position-history';
import { isLocalDate } from '../../common/dates';

/** Accepted header names per column (SIASN-style Indonesian names first). */
const COLUMNS = {
  nip: ['nip', 'nip_baru'],
  name: ['nama', 'name', 'nama_lengkap'],
  opdCode: ['kode_opd', 'opd_code', 'opd', 'unor'],
  positionCode: ['kode_jabatan', 'position_code', 'jabatan'],
  rank: ['golongan', 'gol', 'rank', 'golongan_ruang'],
  type: ['jenis_pegawai', 'type', 'employee_type', 'status_pegawai'],
  email: ['email'],
  phone: ['telepon', 'phone', 'no_hp', 'nomor_hp'],
  placedOn: ['tmt_jabatan', 'jabatan_sejak', 'placed_on'],
} as const;
type Column = keyof typeof COLUMNS;
/** The column each employee rule reports. */
const IMPORT_FIELDS: EmployeeFieldNames = {
  nip: 'nip',
  name: 'name',
  email: 'email',
  phone: 'phone',
  employeeType: 'type',
  opd: 'opdCode',
  position: 'positionCode',
  rank: 'rank',
};
const REQUIRED: Column[] = ['nip', 'name', 'opdCode', 'type'];

interface Row {
  line: number;
  values: Partial<Record<Column, string>>;
}

function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The delimiter used in the header line: comma, semicolon (common in Indonesian Excel) or tab. */
function detectDelimiter(csv: string): string {
  const header = csv.slice(0, csv.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

interface ParsedCsv {
  rows: Row[];
  /** The columns the header has. */
  columns: Set<Column>;
  errors: ImportRowError[];
}

function parseCsv(csv: string): ParsedCsv {
  const failed = (errors: ImportRowError[]): ParsedCsv => ({ rows: [], columns: new Set(), errors });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      delimiter: detectDelimiter(csv),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = (error as { lines?: number }).lines ?? 1;
    return failed([{ line, field: 'csv', rule: 'CSV_SYNTAX', message }]);
  }
  if (records.length === 0) {
    return failed([{ line: 1, field: 'csv', rule: 'EMPTY', message: 'The file has no header row' }]);
  }
  const header = records[0].record.map(headerKey);
  const index: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) index[column] = i;
  }
  const missing = REQUIRED.filter((c) => index[c] === undefined);
  if (missing.length) {
    return failed(
      missing.map((c) => ({
        line: 1,
        field: c,
        rule: 'MISSING_COLUMN',
        message: `The header has no ${c} column (accepted names: ${COLUMNS[c].join(', ')})`,
      })),
    );
  }
  const rows = records.slice(1).map(({ record, info }) => {
    const values: Partial<Record<Column, string>> = {};
    for (const [column, i] of Object.entries(index) as [Column, number][]) values[column] = record[i] ?? '';
    return { line: info.lines, values };
  });
  if (rows.length > LIMITS.csvMaxRows) {
    return failed([{ line: 1, field: 'csv', rule: 'TOO_MANY_ROWS', message: `At most ${LIMITS.csvMaxRows} rows per file` }]);
  }
  if (rows.length === 0) {
    return failed([{ line: 2, field: 'csv', rule: 'EMPTY', message: 'The file has no data rows' }]);
  }
  return { rows, columns: new Set(Object.keys(index) as Column[]), errors: [] };
}

/**
 * The day a placement takes effect (SIASN's TMT jabatan) as YYYY-MM-DD, read from YYYY-MM-DD or
 * DD-MM-YYYY (also with slashes); undefined when blank, null when not a calendar date.
 */
function parsePlacedOn(value: string | undefined): string | null | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  const dmy = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  const date = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : text;
  return isLocalDate(date) ? date : null;
}

function parseType(value: string): EmployeeType | null {
  const v = value.trim().toUpperCase();
  if (v === 'PNS' || v === 'CPNS') return EmployeeType.PNS;
  if (v === 'PPPK') return EmployeeType.PPPK;
  return null;
}

async function findByCodes<T extends Opd | Position>(em: EntityManager, entity: new () => T, codes: string[]): Promise<Map<string, T>> {
  const found = codes.length ? await em.find(entity as never, { code: { $in: codes } } as never) : [];
  return new Map((found as T[]).map((x) => [x.code, x]));
}

const CHUNK = 1000;

/** The employees of the given NIPs, read as they are now (also when the unit of work holds them already). */
async function findEmployeesByNip(em: EntityManager, nips: string[]): Promise<Map<string, Employee>> {
  const map = new Map<string, Employee>();
  for (let i = 0; i < nips.length; i += CHUNK) {
    const found = await em.find(Employee, { nip: { $in: nips.slice(i, i + CHUNK) } }, { populate: ['position'], refresh: true });
    for (const e of found) map.set(e.nip, e);
  }
  return map;
}

/** The ids of the employees of the given NIPs, as plain rows. */
async function employeeIdsByNip(em: EntityManager, nips: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < nips.length; i += CHUNK) {
    const rows: { id: string }[] = await em
      .createQueryBuilder(Employee)
      .select('id')
      .where({ nip: { $in: nips.slice(i, i + CHUNK) } })
      .execute('all', false);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/**
 * Imports a SIASN-style employee CSV: every row is checked first and nothing is written unless
 * all rows are valid. Rows whose NIP exists update that employee; the others create one, and
 * identity opens a learner account for each of them in the same transaction. A new position or
 * OPD closes the employee's open record of the positions held and opens the next in that
 * transaction, beginning on the row's TMT jabatan when given, else today.
 *
 * The rows are checked in the transaction that writes them: the file's employees are locked first
 * (`heldNow`, `lockEmployees`: one statement, ordered by id, so two imports never wait for each other
 * in a circle), then they and their records are read as they are once locked. A correction, change
 * or import of one of them sent at the same time runs before or after the whole import, and the later
 * is checked against what the first wrote, also for an employee who had no record yet.
 */
export async function importEmployees(em: EntityManager, actor: Actor | null, csv: string, clock: Clock): Promise<ImportEmployeesResult> {
  const parsed = parseCsv(csv);
  if (parsed.errors.length) return { ok: false, rows: 0, created: 0, updated: 0, errors: parsed.errors };
  const { rows, columns } = parsed;

  const upper = (v: string | undefined) => (v ?? '').trim().toUpperCase();
  const opds = await findByCodes(em, Opd, [...new Set(rows.map((r) => upper(r.values.opdCode)))]);
  const positions = await findByCodes(em, Position, [...new Set(rows.map((r) => upper(r.values.positionCode)).filter(Boolean))]);
  const nips = [...new Set(rows.map((r) => normalizeNip(r.values.nip ?? '')))];
  const today = clock.today();

  return em.transactional(async (tx) => {
    const held = await heldNow(tx, await employeeIdsByNip(tx, nips));
    const existing = await findEmployeesByNip(tx, nips);

    const errors: ImportRowError[] = [];
    const seen = new Map<string, number>();
    const valid: {
      row: Row;
      nip: string;
      type: EmployeeType;
      opd: Opd;
      position: Position | null;
      rank: string | null;
      /** The day a changed placement begins, when it changes. */
      placedOn: string | null;
    }[] = [];
    for (const row of rows) {
      const v = row.values;
      const rowErrors: FieldError[] = [];
      const type = parseType(v.type ?? '');
      if (!type) rowErrors.push({ field: 'type', rule: 'EMPLOYEE_TYPE', message: 'The type must be PNS or PPPK' });
      // An optional column the header lacks keeps an existing employee's value.
      const current = existing.get(normalizeNip(v.nip ?? ''));
      const positionCode = upper(v.positionCode);
      let position = current?.position?.getEntity() ?? null;
      if (columns.has('positionCode')) position = positionCode ? (positions.get(positionCode) ?? null) : null;
      const rank = columns.has('rank') ? v.rank?.trim() || null : (current?.rank ?? null);
      const opd = opds.get(upper(v.opdCode)) ?? null;
      const check = checkEmployee(
        {
          nip: v.nip ?? '',
          name: v.name ?? '',
          email: v.email,
          phone: v.phone,
          employeeType: type ?? EmployeeType.PNS,
          opd,
          position,
          rank,
          requested: { opd: `code ${upper(v.opdCode)}`, position: positionCode ? `code ${positionCode}` : null },
        },
        IMPORT_FIELDS,
      );
      rowErrors.push(...check.errors);
      // A changed position or OPD begins on the TMT given (else today); an unchanged one keeps its start.
      const placedOn = parsePlacedOn(v.placedOn);
      if (placedOn === null)
        rowErrors.push({ field: 'placedOn', rule: 'DATE', message: 'TMT jabatan must be a date, YYYY-MM-DD or DD-MM-YYYY' });
      const placement = opd ? { position, opd } : null;
      const changes = placement !== null && placementChanges(current && held.get(current.id), placement);
      const since = placedOn ?? today;
      const late = changes && placedOn !== null ? placementError(current && held.get(current.id), since, today, 'placedOn') : null;
      if (late) rowErrors.push(late);
      if (check.nip) {
        const first = seen.get(check.nip);
        if (first) {
          rowErrors.push({ field: 'nip', rule: 'DUPLICATE', message: `The same NIP is already on line ${first}` });
        } else {
          seen.set(check.nip, row.line);
        }
      }
      if (rowErrors.length) {
        errors.push(...rowErrors.map((e) => ({ line: row.line, nip: v.nip ?? null, ...e })));
      } else {
        valid.push({ row, nip: check.nip!, type: type!, opd: opd!, position, rank, placedOn: changes ? since : null });
      }
    }
    // Nothing is written unless every row is valid; the locks go with the transaction.
    if (errors.length) return { ok: false, rows: rows.length, created: 0, updated: 0, errors };

    const added: Employee[] = [];
    let updated = 0;
    // Written in NIP order: two imports adding the same new employees insert them in the same order, so the
    // later waits on the unique NIP of the first it shares and answers CONFLICT, never a deadlock.
    valid.sort((a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
    for (const { row, nip, type, opd, position, rank, placedOn } of valid) {
      const v = row.values;
      const data = {
        nip,
        name: v.name!.trim(),
        employeeType: type,
        opd: tx.getReference(Opd, opd.id),
        position: position ? tx.getReference(Position, position.id) : null,
        rank,
        ...(v.email !== undefined && { email: v.email.trim() || null }),
        ...(v.phone !== undefined && { phone: v.phone.trim() || null }),
      };
      const current = existing.get(nip);
      const employee = current ?? tx.create(Employee, data);
      if (current) {
        tx.assign(current, data);
        updated++;
      } else {
        added.push(employee);
      }
      if (placedOn) writePlacement(tx, employee, current && held.get(current.id), { position, opd }, placedOn);
    }
    await emitDomainEvent(
      'employeesCreated',
      { employees: added.map((e) => ({ id: e.id, nip: e.nip, name: e.name })), actor },
      { em: tx, clock },
    );
    return { ok: true, rows: rows.length, created: added.length, updated, errors: [] };
  });
}
