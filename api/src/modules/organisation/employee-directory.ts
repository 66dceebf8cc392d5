import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page, PageInput } from '../../common/paging';
import { instant, instantOrNull, lazyReference, num, preloaded, readRows } from '../../common/read-model';
import { containsPattern } from '../../common/text';
import type { Employee } from './employee.entity';
import { Opd } from './opd.entity';
import type { EmployeeType, OpdKind, PositionType } from './organisation.enums';
import type { EmployeeFilter } from './organisation.inputs';
import type { Position } from './position.entity';

/** The fields of a directory row by name, as SQL over `e` employee, `o` its OPD, `p` its position. */
const EMPLOYEE_FIELDS: [name: keyof EmployeeRow, sql: string][] = [
  ['id', 'e.id'],
  ['nip', 'e.nip'],
  ['name', 'e.name'],
  ['employee_type', 'e.employee_type'],
  ['rank', 'e.rank'],
  ['email', 'e.email'],
  ['phone', 'e.phone'],
  ['active', 'e.active'],
  ['created_at', 'e.created_at'],
  ['updated_at', 'e.updated_at'],
  ['position_since', `(select to_char(h.from_date, 'YYYY-MM-DD') from position_held h where h.employee_id = e.id and h.to_date is null)`],
  ['opd_id', 'o.id'],
  ['opd_code', 'o.code'],
  ['opd_name', 'o.name'],
  ['opd_kind', 'o.kind'],
  ['opd_created_at', 'o.created_at'],
  ['opd_updated_at', 'o.updated_at'],
  ['position_id', 'p.id'],
  ['position_code', 'p.code'],
  ['position_name', 'p.name'],
  ['position_type', 'p.position_type'],
  ['position_government_affair', 'p.government_affair'],
  ['position_summary', 'p.summary'],
  ['position_requirements', 'p.requirements'],
  ['position_opd_id', 'p.opd_id'],
  ['position_created_at', 'p.created_at'],
  ['position_updated_at', 'p.updated_at'],
];

/** The employee columns a directory row carries, with their OPD's and position's (`e` employee, `o` its OPD, `p` its position). */
export const EMPLOYEE_COLUMNS = EMPLOYEE_FIELDS.map(([name, sql]) => (sql === `e.${name}` ? sql : `${sql} as ${name}`)).join(', ');

/** The employee's own columns of a directory page, in the order of a JSON array (`e` employee). */
const PAGE_EMPLOYEE = EMPLOYEE_FIELDS.slice(
  0,
  EMPLOYEE_FIELDS.findIndex(([name]) => name === 'opd_id'),
).map(([, sql]) => sql);
/** A row's columns of one table (`o.` its OPD, `p.` its position), in the order of a JSON array. */
const columnsOf = (alias: string) => EMPLOYEE_FIELDS.map(([, sql]) => sql).filter((sql) => sql.startsWith(alias));
const PAGE_OPD = columnsOf('o.');
const PAGE_POSITION = columnsOf('p.');

export interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  employee_type: EmployeeType;
  rank: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
  position_since: string | null;
  opd_id: string;
  opd_code: string;
  opd_name: string;
  opd_kind: OpdKind;
  opd_created_at: string;
  opd_updated_at: string;
  position_id: string | null;
  position_code: string | null;
  position_name: string | null;
  position_type: PositionType | null;
  position_government_affair: string | null;
  position_summary: string | null;
  position_requirements: Position['requirements'];
  position_opd_id: string | null;
  position_created_at: string | null;
  position_updated_at: string | null;
}

/**
 * An employee of a directory row, with its OPD and position already in hand. The position's own
 * OPD is a reference that loads when asked for.
 */
export function employeeOfRow(
  em: EntityManager,
  row: EmployeeRow,
  opds = new Map<string, Opd>(),
  positions = new Map<string, Position>(),
): Employee {
  let opd = opds.get(row.opd_id);
  if (!opd) {
    opd = {
      id: row.opd_id,
      code: row.opd_code,
      name: row.opd_name,
      kind: row.opd_kind,
      createdAt: instant(row.opd_created_at),
      updatedAt: instant(row.opd_updated_at),
    } as Opd;
    opds.set(opd.id, opd);
  }
  let position: Position | null = null;
  if (row.position_id) {
    position = positions.get(row.position_id) ?? null;
    if (!position) {
      position = {
        id: row.position_id,
        code: row.position_code!,
        name: row.position_name!,
        positionType: row.position_type!,
        governmentAffair: row.position_government_affair,
        summary: row.position_summary,
        requirements: row.position_requirements,
        opd: row.position_opd_id
          ? opds.has(row.position_opd_id)
            ? preloaded(opds.get(row.position_opd_id)!)
            : lazyReference(em, Opd, row.position_opd_id)
          : null,
        createdAt: instantOrNull(row.position_created_at)!,
        updatedAt: instantOrNull(row.position_updated_at)!,
      } as Position;
      positions.set(position.id, position);
    }
  }
  return {
    id: row.id,
    nip: row.nip,
    name: row.name,
    employeeType: row.employee_type,
    rank: row.rank,
    email: row.email,
    phone: row.phone,
    active: row.active,
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
    opd: preloaded(opd),
    position: position ? preloaded(position) : null,
    positionSince: row.position_since,
  } as Employee;
}

/**
 * How a person is searched for by what was typed, on `employee e`: digits (spaces allowed) find the
 * NIPs starting with them, other text any part of the name, case ignored. Null for blank text.
 */
export function employeeSearchSql(text: string): { sql: string; value: string } | null {
  const search = text.trim();
  if (!search) return null;
  const digits = search.replace(/\s/g, '');
  return /^\d+$/.test(digits) ? { sql: 'e.nip like ?', value: `${digits}%` } : { sql: 'e.name ilike ?', value: containsPattern(search) };
}

/** The WHERE clause of a directory filter, with its bound values. */
function whereOf(filter: EmployeeFilter): { sql: string; values: unknown[] } {
  const and: string[] = [];
  const values: unknown[] = [];
  const search = filter.search ? employeeSearchSql(filter.search) : null;
  if (search) {
    and.push(search.sql);
    values.push(search.value);
  }
  if (filter.opdId) {
    and.push('e.opd_id = ?');
    values.push(filter.opdId);
  }
  if (filter.positionType) {
    and.push('e.position_id in (select id from position where position_type = ?)');
    values.push(filter.positionType);
  }
  if (filter.employeeType) {
    and.push('e.employee_type = ?');
    values.push(filter.employeeType);
  }
  if (filter.active !== undefined && filter.active !== null) {
    and.push('e.active = ?');
    values.push(filter.active);
  }
  return { sql: and.length ? and.join(' and ') : 'true', values };
}

/** What fills a `?` of the directory's statement: the filter's values, or one of the page's. */
type Slot = 'filter' | 'offset' | 'limit' | 'firstOpds';

/** The directory's statement for one shape of filter, and what fills its `?` marks, in order. */
interface DirectoryStatement {
  sql: string;
  slots: Slot[];
}

/**
 * The statements made so far, by the filter's condition and whether some OPDs come first: at most
 * a hundred shapes (which of five conditions, the search by NIP or name). The same text each time
 * is found at once among the prepared statements, where a text built per call was hashed anew.
 */
const directoryStatements = new Map<string, DirectoryStatement>();

/**
 * The employees in name order (those of the first OPDs first, then the rest, each run in name
 * order), with their OPD and position, and their total. A page in the back half is read from the
 * far end (the last page is the first rows of the reverse order), so deep pages cost what shallow
 * ones do when the order's index serves them.
 */
function directoryStatement(condition: string, firstOpdsFirst: boolean): DirectoryStatement {
  const key = `${firstOpdsFirst ? 'first:' : 'name:'}${condition}`;
  const made = directoryStatements.get(key);
  if (made) return made;
  const slots: Slot[] = [];
  /** A `?` filled by `slot`, in the order the text uses them. */
  const v = (slot: Slot, cast = '') => {
    slots.push(slot);
    return `?${cast}`;
  };
  const where = () => {
    slots.push('filter');
    return condition;
  };
  const order = (dir: '' | ' desc') =>
    `${firstOpdsFirst ? `case when e.opd_id = any(${v('firstOpds', '::uuid[]')}) then 0 else 1 end${dir}, ` : ''}e.name${dir}, e.nip${dir}`;
  // The count is a one-row table the page joins to, so an empty page still tells the total; the
  // page is read forwards or backwards, whichever end is nearer (the other branch does not run).
  // Rows are JSON arrays (no names repeated), each OPD and position once however many rows hold it.
  const sql = `with page as (
       select c.total, e.* from (select count(*) as total from employee e where ${where()}) c
       left join lateral (
         (select e.* from employee e
           where ${where()} and 2 * ${v('offset', '::bigint')} + ${v('limit', '::bigint')} <= c.total
           order by ${order('')} offset ${v('offset', '::bigint')} limit ${v('limit', '::bigint')})
         union all
         (select e.* from employee e
           where ${where()} and 2 * ${v('offset', '::bigint')} + ${v('limit', '::bigint')} > c.total
           order by ${order(' desc')}
           offset greatest(c.total - ${v('offset', '::bigint')} - ${v('limit', '::bigint')}, 0)
           limit greatest(least(${v('limit', '::bigint')}, c.total - ${v('offset', '::bigint')}), 0))
       ) e on true)
     select (select total from page limit 1) as total,
       (select coalesce(json_agg(json_build_array(${PAGE_EMPLOYEE.join(', ')}, e.opd_id, e.position_id) order by ${order('')}), '[]')
          from page e where e.id is not null) as items,
       (select coalesce(json_agg(json_build_array(${PAGE_OPD.join(', ')})), '[]')
          from opd o where o.id in (select opd_id from page)) as opds,
       (select coalesce(json_agg(json_build_array(${PAGE_POSITION.join(', ')})), '[]')
          from position p where p.id in (select position_id from page)) as positions`;
  const statement = { sql, slots };
  directoryStatements.set(key, statement);
  return statement;
}

/** One page of the directory and its total, in one statement (`directoryStatement`). */
export async function directoryPage(
  em: EntityManager,
  filter: EmployeeFilter,
  page: PageInput,
  firstOpds: string[],
): Promise<Page<Employee>> {
  const condition = whereOf(filter);
  const { sql, slots } = directoryStatement(condition.sql, firstOpds.length > 0);
  const pageValues = { offset: page.offset, limit: page.limit, firstOpds };
  const values = slots.flatMap((slot) => (slot === 'filter' ? condition.values : [pageValues[slot]]));
  const [answer] = await readRows<DirectoryAnswer>(em, sql, values);
  return { items: employeesOfAnswer(em, answer), total: num(answer.total), offset: page.offset, limit: page.limit };
}

/** A directory page as its statement answers it: JSON arrays in the columns' order. */
export interface DirectoryAnswer {
  total: string | number;
  items: unknown[][];
  opds: unknown[][];
  positions: unknown[][];
}

/**
 * The creation and update stamps of a directory row, kept as the text read and made a `Date` only
 * when a field reads them (the directory's screens ask for none, and parsing them was most of what
 * mapping a page cost). Each read makes a new `Date` from the text: equal, not the same. The stamps
 * are getters of the prototype, so a copy by spreading has the text and not the stamps.
 */
class Stamped {
  constructor(
    private readonly createdText: unknown,
    private readonly updatedText: unknown,
  ) {}
  get createdAt(): Date {
    return instant(this.createdText);
  }
  get updatedAt(): Date {
    return instant(this.updatedText);
  }
}

/** The employees of a directory page, with their OPDs and positions (each one object however many rows hold it). */
export function employeesOfAnswer(em: EntityManager, answer: DirectoryAnswer): Employee[] {
  const opds = new Map<string, Opd>();
  for (const [id, code, name, kind, createdText, updatedText] of answer.opds) {
    const opd = Object.assign(new Stamped(createdText, updatedText), { id, code, name, kind }) as unknown as Opd;
    opds.set(opd.id, opd);
  }
  const positions = new Map<string, Ref<Position>>();
  for (const [id, code, name, positionType, governmentAffair, summary, requirements, opdId, createdText, updatedText] of answer.positions) {
    const opd = opdId === null ? null : opds.get(opdId as string);
    const position = Object.assign(new Stamped(createdText, updatedText), {
      id,
      code,
      name,
      positionType,
      governmentAffair,
      summary,
      requirements,
      opd: opdId === null ? null : opd ? preloaded(opd) : lazyReference(em, Opd, opdId as string),
    }) as unknown as Position;
    positions.set(position.id, preloaded(position));
  }
  const opdRefs = new Map([...opds].map(([id, opd]) => [id, preloaded(opd)]));
  return answer.items.map(
    ([id, nip, name, employeeType, rank, email, phone, active, createdText, updatedText, positionSince, opdId, positionId]) =>
      Object.assign(new Stamped(createdText, updatedText), {
        id,
        nip,
        name,
        employeeType,
        rank,
        email,
        phone,
        active,
        opd: opdRefs.get(opdId as string)!,
        position: positionId === null ? null : positions.get(positionId as string)!,
        positionSince,
      }) as unknown as Employee,
  );
}
