import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { Migration20261205234735_PositionsHeld as PositionsHeld } from '../../../api/src/db/migrations/Migration20261205234735_PositionsHeld';
import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { PositionHeld } from '../../../api/src/modules/organisation/position-held.entity';
import type { Position } from '../../../api/src/modules/organisation/position.entity';
import { anOpd, aPosition, makeEmployee, makeUser, nextNip, supervise, type TestUser, usersByRole } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const HISTORY = `query PositionHistory($employeeId: ID!) {
  positionHistory(employeeId: $employeeId) { fromDate toDate position { code } opd { code } }
}`;
const UPDATE = `mutation UpdateEmployee($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) { id positionSince position { code } opd { code } }
}`;
const CREATE = `mutation CreateEmployee($input: CreateEmployeeInput!) {
  createEmployee(input: $input) { id positionSince }
}`;
const IMPORT = `mutation ImportEmployees($input: ImportEmployeesInput!) {
  importEmployees(input: $input) { ok created updated errors { line field rule } }
}`;
const EMPLOYEE_HISTORY = `query EmployeeHistory($input: EmployeeHistoryInput!) {
  employeeHistory(input: $input) { events { kind date endDate title detail status } }
}`;

let t: TestApp;
let users: Record<Role, TestUser>;
let pengolah: Position;
let kasubbag: Position;
let kabid: Position;

beforeAll(async () => {
  t = await setupTestApp();
  users = await usersByRole(t.em());
  [pengolah, kasubbag, kabid] = [
    await aPosition(t.em(), 'PENGOLAH-DATA'),
    await aPosition(t.em(), 'KASUBBAG'),
    await aPosition(t.em(), 'KABID'),
  ];
});
afterAll(() => t.close());

const as = (role: Role) => users[role].actor;
/** The clock of a given day, at noon in the regency. */
const on = (day: string) => fixedClock(`${day}T12:00:00+07:00`);
type Held = { fromDate: string; toDate: string | null; position: { code: string }; opd: { code: string } };
const spans = (items: Held[]) => items.map((h) => `${h.position.code}@${h.opd.code} ${h.fromDate}..${h.toDate ?? ''}`);
async function historyOf(employeeId: string): Promise<string[]> {
  const result = await t.gql(HISTORY, { employeeId }, as(Role.ADMIN));
  expect(result.errors).toBeUndefined();
  return spans(result.data!.positionHistory);
}
const update = (input: Record<string, unknown>, day: string) => t.gql(UPDATE, { input }, as(Role.ADMIN), on(day));

describe('positionHistory', () => {
  let person: Employee;
  let owner: TestUser;
  beforeAll(async () => {
    person = await makeEmployee(t.em(), { name: 'Riwayat Jabatan', opdCode: 'BKD', position: pengolah, positionSince: '2019-03-01' });
    owner = await makeUser(t.em(), [Role.LEARNER], { employee: person });
  });

  it('is refused when logged out', async () => {
    expect(errorCode(await t.gql(HISTORY, { employeeId: person.id }))).toBe('UNAUTHENTICATED');
  });

  it("is refused to roles that may not read the employee's records: other learners, trainers, supervisors of other OPDs", async () => {
    expect(errorCode(await t.gql(HISTORY, { employeeId: person.id }, as(Role.LEARNER)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(HISTORY, { employeeId: person.id }, as(Role.TRAINER)))).toBe('FORBIDDEN');
    const elsewhere = await makeUser(t.em(), [Role.SUPERVISOR]);
    await supervise(t.em(), elsewhere, [await anOpd(t.em(), 'DINKES')]);
    expect(errorCode(await t.gql(HISTORY, { employeeId: person.id }, elsewhere.actor))).toBe('FORBIDDEN');
  });

  it('refuses an id that is not a UUID and answers NOT_FOUND for an unknown employee', async () => {
    const bad = await t.gql(HISTORY, { employeeId: 'bukan-id' }, as(Role.ADMIN));
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad)).toEqual([expect.objectContaining({ field: 'employeeId' })]);
    const unknown = await t.gql(HISTORY, { employeeId: '00000000-0000-4000-8000-000000000009' }, as(Role.ADMIN));
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('shows the positions held, newest first, to the employee, a supervisor of their OPD, the committee and administrators', async () => {
    const changed = await update({ id: person.id, positionId: kasubbag.id, placedOn: '2023-07-01' }, '2024-01-10');
    expect(changed.errors).toBeUndefined();
    const supervisor = await makeUser(t.em(), [Role.SUPERVISOR]);
    await supervise(t.em(), supervisor, [await anOpd(t.em(), 'BKD')]);
    for (const actor of [owner.actor, supervisor.actor, as(Role.COMMITTEE), as(Role.ADMIN)]) {
      const result = await t.gql(HISTORY, { employeeId: person.id }, actor);
      expect(result.errors).toBeUndefined();
      expect(spans(result.data!.positionHistory)).toEqual(['KASUBBAG@BKD 2023-07-01..', 'PENGOLAH-DATA@BKD 2019-03-01..2023-07-01']);
    }
  });
});

describe('the positions held are written with every change of position or OPD', () => {
  it('by an administrator: a new position or OPD closes the open record that day and opens the next; other changes write nothing', async () => {
    const e = await makeEmployee(t.em(), { opdCode: 'BKD', position: pengolah, positionSince: '2020-01-06' });
    expect((await update({ id: e.id, name: 'Nama Diganti', rank: 'III/b' }, '2024-02-01')).errors).toBeUndefined();
    expect(await historyOf(e.id)).toEqual(['PENGOLAH-DATA@BKD 2020-01-06..']);

    const promoted = await update({ id: e.id, positionId: kasubbag.id }, '2024-02-01');
    expect(promoted.data!.updateEmployee).toMatchObject({ positionSince: '2024-02-01', position: { code: 'KASUBBAG' } });
    const moved = await update({ id: e.id, opdId: (await anOpd(t.em(), 'DINKES')).id }, '2025-05-05');
    expect(moved.data!.updateEmployee).toMatchObject({ positionSince: '2025-05-05', opd: { code: 'DINKES' } });
    const left = await update({ id: e.id, positionId: null }, '2026-01-02');
    expect(left.data!.updateEmployee).toMatchObject({ positionSince: null, position: null });
    expect(await historyOf(e.id)).toEqual([
      'KASUBBAG@DINKES 2025-05-05..2026-01-02',
      'KASUBBAG@BKD 2024-02-01..2025-05-05',
      'PENGOLAH-DATA@BKD 2020-01-06..2024-02-01',
    ]);
  });

  it('replaces a placement changed again the same day, and opens the earlier one again when the change is undone', async () => {
    const e = await makeEmployee(t.em(), { opdCode: 'BKD', position: pengolah, positionSince: '2021-04-01' });
    await update({ id: e.id, positionId: kabid.id }, '2024-03-04');
    await update({ id: e.id, positionId: kasubbag.id }, '2024-03-04');
    expect(await historyOf(e.id)).toEqual(['KASUBBAG@BKD 2024-03-04..', 'PENGOLAH-DATA@BKD 2021-04-01..2024-03-04']);
    const undone = await update({ id: e.id, positionId: pengolah.id }, '2024-03-04');
    expect(undone.data!.updateEmployee.positionSince).toBe('2021-04-01');
    expect(await historyOf(e.id)).toEqual(['PENGOLAH-DATA@BKD 2021-04-01..']);
  });

  it('begins on the day given (placedOn), never after today nor before the current placement, and only with a change', async () => {
    const e = await makeEmployee(t.em(), { opdCode: 'BKD', position: pengolah, positionSince: '2022-02-01' });
    const rule = async (input: Record<string, unknown>) => fieldErrors(await update({ id: e.id, ...input }, '2024-06-03'));
    expect(await rule({ positionId: kabid.id, placedOn: '2024-06-04' })).toEqual([
      expect.objectContaining({ field: 'placedOn', rule: 'PLACED_IN_FUTURE' }),
    ]);
    expect(await rule({ positionId: kabid.id, placedOn: '2022-01-31' })).toEqual([
      expect.objectContaining({ field: 'placedOn', rule: 'PLACED_BEFORE_CURRENT' }),
    ]);
    expect(await rule({ name: 'Tanpa Pindah', placedOn: '2024-01-01' })).toEqual([
      expect.objectContaining({ field: 'placedOn', rule: 'PLACED_WITHOUT_CHANGE' }),
    ]);
    expect(await rule({ positionId: kabid.id, placedOn: '2024-13-01' })).toEqual([
      expect.objectContaining({ field: 'placedOn', rule: 'DATE' }),
    ]);
    expect(await historyOf(e.id)).toEqual(['PENGOLAH-DATA@BKD 2022-02-01..']);
    expect((await update({ id: e.id, positionId: kabid.id, placedOn: '2024-01-02' }, '2024-06-03')).errors).toBeUndefined();
    expect(await historyOf(e.id)).toEqual(['KABID@BKD 2024-01-02..', 'PENGOLAH-DATA@BKD 2022-02-01..2024-01-02']);
  });

  it('in the transaction of the employee: when the employee row is refused, no record of the positions held changes', async () => {
    const e = await makeEmployee(t.em(), { opdCode: 'BKD', position: pengolah, positionSince: '2020-08-03' });
    const connection = t.em().getConnection();
    await connection.execute(`create function refuse_employee() returns trigger language plpgsql as $$
      begin if new.name = 'Ditolak Basis Data' then raise exception 'refused'; end if; return new; end $$`);
    await connection.execute(
      'create trigger refuse_employee before insert or update on employee for each row execute function refuse_employee()',
    );
    try {
      const refused = await update({ id: e.id, positionId: kabid.id, name: 'Ditolak Basis Data' }, '2024-09-02');
      expect(errorCode(refused)).toBe('INTERNAL_SERVER_ERROR');
      expect(await historyOf(e.id)).toEqual(['PENGOLAH-DATA@BKD 2020-08-03..']);
      // An import whose second row is refused leaves the first row's new position unwritten too.
      const csv = [
        'nip;nama;kode_opd;kode_jabatan;jenis_pegawai',
        `${e.nip};Boleh;BKD;KABID;PNS`,
        `${nextNip()};Ditolak Basis Data;BKD;KABID;PNS`,
      ].join('\n');
      expect(errorCode(await t.gql(IMPORT, { input: { csv } }, as(Role.ADMIN), on('2024-09-02')))).toBe('INTERNAL_SERVER_ERROR');
      expect(await historyOf(e.id)).toEqual(['PENGOLAH-DATA@BKD 2020-08-03..']);
    } finally {
      await connection.execute('drop trigger refuse_employee on employee');
      await connection.execute('drop function refuse_employee()');
    }
  });

  it('by creating an employee with a position, from today or the day given', async () => {
    const opd = await anOpd(t.em(), 'BKD');
    const input = (placedOn?: string) => ({
      nip: nextNip(),
      name: 'Pegawai Baru',
      employeeType: 'PNS',
      opdId: opd.id,
      positionId: pengolah.id,
      ...(placedOn && { placedOn }),
    });
    const today = await t.gql(CREATE, { input: input() }, as(Role.ADMIN), on('2024-10-01'));
    expect(today.data!.createEmployee.positionSince).toBe('2024-10-01');
    expect(await historyOf(today.data!.createEmployee.id)).toEqual(['PENGOLAH-DATA@BKD 2024-10-01..']);
    const earlier = await t.gql(CREATE, { input: input('2018-01-02') }, as(Role.ADMIN), on('2024-10-01'));
    expect(await historyOf(earlier.data!.createEmployee.id)).toEqual(['PENGOLAH-DATA@BKD 2018-01-02..']);
    const without = await t.gql(CREATE, { input: { ...input(), positionId: null } }, as(Role.ADMIN), on('2024-10-01'));
    expect(without.data!.createEmployee.positionSince).toBeNull();
    expect(await historyOf(without.data!.createEmployee.id)).toEqual([]);
  });

  it('by a SIASN import: from the TMT jabatan when given, else the day of the import; an unchanged row keeps its start', async () => {
    const stays = await makeEmployee(t.em(), { opdCode: 'BKD', position: pengolah, positionSince: '2017-05-02' });
    const moves = await makeEmployee(t.em(), { opdCode: 'BKD', position: pengolah, positionSince: '2017-05-02' });
    const fresh = nextNip();
    const run = (rows: string[]) =>
      t.gql(
        IMPORT,
        { input: { csv: ['nip;nama;kode_opd;kode_jabatan;jenis_pegawai;tmt_jabatan', ...rows].join('\n') } },
        as(Role.ADMIN),
        on('2024-11-04'),
      );
    const refused = await run([`${moves.nip};Pindah;BKD;KABID;PNS;01-05-2017`, `${fresh};Baru;DINKES;KASUBBAG;PNS;2024-02-30`]);
    expect(refused.data!.importEmployees).toMatchObject({
      ok: false,
      errors: [
        { line: 2, field: 'placedOn', rule: 'PLACED_BEFORE_CURRENT' },
        { line: 3, field: 'placedOn', rule: 'DATE' },
      ],
    });
    const result = await run([
      `${stays.nip};Tetap;BKD;PENGOLAH-DATA;PNS;01-01-2015`,
      `${moves.nip};Pindah;BKD;KABID;PNS;02-09-2024`,
      `${fresh};Baru;DINKES;KASUBBAG;PNS;`,
    ]);
    expect(result.data!.importEmployees).toMatchObject({ ok: true, created: 1, updated: 2 });
    expect(await historyOf(stays.id)).toEqual(['PENGOLAH-DATA@BKD 2017-05-02..']);
    expect(await historyOf(moves.id)).toEqual(['KABID@BKD 2024-09-02..', 'PENGOLAH-DATA@BKD 2017-05-02..2024-09-02']);
    const created = await t.em().findOneOrFail(Employee, { nip: fresh });
    expect(created.positionSince).toBe('2024-11-04');
    expect(await historyOf(created.id)).toEqual(['KASUBBAG@DINKES 2024-11-04..']);
  });
});

describe("the committee's history of a person", () => {
  it('shows every position held as an entry at its start, with its OPD, its end and whether it is held now, newest first', async () => {
    const e = await makeEmployee(t.em(), { name: 'Linimasa Jabatan', opdCode: 'BKD', position: pengolah, positionSince: '2016-02-01' });
    await update({ id: e.id, opdId: (await anOpd(t.em(), 'DINKES')).id, placedOn: '2019-08-01' }, '2024-12-02');
    await update({ id: e.id, positionId: kasubbag.id, placedOn: '2023-01-02' }, '2024-12-02');
    const result = await t.gql(EMPLOYEE_HISTORY, { input: { employeeId: e.id, purpose: 'Rapat Baperjakat Desember' } }, as(Role.COMMITTEE));
    expect(result.errors).toBeUndefined();
    const positions = result.data!.employeeHistory.events.filter((ev: { kind: string }) => ev.kind === 'POSITION');
    expect(positions).toEqual([
      {
        kind: 'POSITION',
        date: '2023-01-02',
        endDate: null,
        title: kasubbag.name,
        detail: expect.stringContaining('Dinas Kesehatan'),
        status: 'CURRENT',
      },
      {
        kind: 'POSITION',
        date: '2019-08-01',
        endDate: '2023-01-02',
        title: pengolah.name,
        detail: expect.stringContaining('Dinas Kesehatan'),
        status: 'ENDED',
      },
      {
        kind: 'POSITION',
        date: '2016-02-01',
        endDate: '2019-08-01',
        title: pengolah.name,
        detail: expect.stringContaining('Kepegawaian'),
        status: 'ENDED',
      },
    ]);
  });
});

describe('the migration that keeps the positions held', () => {
  it('opens one record per employee with a position, from the start kept so far or the day the employee was recorded', async () => {
    const migration = new PositionsHeld(t.orm.em.getDriver(), t.orm.config);
    await migration.up();
    const up = migration.getQueries().map((q: unknown) => (typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery()));
    const down = new PositionsHeld(t.orm.em.getDriver(), t.orm.config);
    await down.down();
    const back = down.getQueries().map((q: unknown) => (typeof q === 'string' ? q : (q as { toQuery(): string }).toQuery()));
    const connection = t.orm.em.getConnection();
    await connection.execute('drop schema if exists before_positions_held cascade');
    await connection.execute('create schema before_positions_held');
    const inSchema = async (statements: string[]) =>
      t.orm.em.transactional(async (em) => {
        await em.getConnection().execute('set local search_path to before_positions_held', [], 'run', em.getTransactionContext());
        for (const sql of statements) await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
      });
    try {
      await inSchema([
        'create table opd (id uuid primary key)',
        'create table position (id uuid primary key)',
        `create table employee (id uuid primary key, opd_id uuid not null references opd, position_id uuid references position,
          position_since date, created_at timestamptz not null)`,
        `insert into opd values ('00000000-0000-4000-8000-0000000000d1')`,
        `insert into position values ('00000000-0000-4000-8000-0000000000b1')`,
        `insert into employee values
          ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000b1', '2015-03-02', '2026-01-05T01:00:00Z'),
          ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000b1', null, '2026-03-01T20:00:00Z'),
          ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-0000000000d1', null, null, '2026-01-05T01:00:00Z')`,
        ...up,
      ]);
      const rows: { employee_id: string; from_date: string; to_date: string | null }[] = await connection.execute(
        `select employee_id, from_date::text as from_date, to_date from before_positions_held.position_held order by employee_id`,
      );
      // 20:00 UTC on 1 March is already 2 March in Sidoarjo.
      expect(rows).toEqual([
        { employee_id: '00000000-0000-4000-8000-000000000001', from_date: '2015-03-02', to_date: null },
        { employee_id: '00000000-0000-4000-8000-000000000002', from_date: '2026-03-02', to_date: null },
      ]);
      const columns: { column_name: string }[] = await connection.execute(
        `select column_name from information_schema.columns where table_schema = 'before_positions_held' and table_name = 'employee'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('position_since');

      await inSchema(back);
      const restored: { id: string; position_since: string | null }[] = await connection.execute(
        `select id, position_since::text as position_since from before_positions_held.employee order by id`,
      );
      expect(restored.map((r) => r.position_since)).toEqual(['2015-03-02', '2026-03-02', null]);
    } finally {
      await connection.execute('drop schema before_positions_held cascade');
    }
    expect(await t.em().count(PositionHeld, {})).toBeGreaterThan(0);
  });
});
