import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { PositionHeld } from '../../../api/src/modules/organisation/position-held.entity';
import type { Position } from '../../../api/src/modules/organisation/position.entity';
import { anOpd, aPosition, makeEmployee, makeUser, nextNip, supervise, type TestUser, usersByRole } from '../../support/factories';
import { errorCode, fieldErrors, type GqlResult, setupTestApp, statementsWaitingForLocks, type TestApp } from '../../support/test-app';

const CORRECT = `mutation CorrectPlacementStart($input: CorrectPlacementStartInput!) {
  correctPlacementStart(input: $input) { id fromDate toDate position { code } opd { code } }
}`;
const HISTORY = `query PositionHistory($employeeId: ID!) {
  positionHistory(employeeId: $employeeId) { id fromDate toDate position { code } opd { code } }
}`;
const EMPLOYEE = `query Employee($id: ID!) { employee(id: $id) { positionSince viewerCan { correctPlacements } } }`;
const UPDATE = `mutation UpdateEmployee($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }`;
const CREATE = `mutation CreateEmployee($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const IMPORT = `mutation ImportEmployees($input: ImportEmployeesInput!) {
  importEmployees(input: $input) { ok errors { line field rule message } }
}`;
const SEARCH = `query TalentSearch($input: TalentSearchInput!) {
  talentSearch(input: $input) { total items { employee { name positionSince } } }
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
const TODAY = '2026-06-01';
const REASON = 'SK pengangkatan bertanggal lebih awal';

type Held = { id: string; fromDate: string; toDate: string | null; position: { code: string }; opd: { code: string } };
async function history(employeeId: string): Promise<Held[]> {
  const result = await t.gql(HISTORY, { employeeId }, as(Role.ADMIN));
  expect(result.errors).toBeUndefined();
  return result.data!.positionHistory;
}
/** The field errors with the values their wording needs. */
const refusals = (result: GqlResult): { field: string; rule: string; params?: Record<string, unknown> }[] =>
  result.errors?.[0]?.extensions?.fields ?? [];
const spans = (items: Held[]) => items.map((h) => `${h.position.code} ${h.fromDate}..${h.toDate ?? ''}`);
/** The record as the administrator's screen showed it: its id and the start it read. */
const shown = (held: Pick<Held, 'id' | 'fromDate'>) => ({ placementId: held.id, expectedFromDate: held.fromDate });
const correct = (input: Record<string, unknown>, actor = as(Role.ADMIN)) => t.gql(CORRECT, { input }, actor, on(TODAY));
async function positionSince(employeeId: string): Promise<string | null> {
  const result = await t.gql(EMPLOYEE, { id: employeeId }, as(Role.ADMIN));
  return result.data!.employee.positionSince;
}

/** An employee in BKD who held PENGOLAH-DATA from 2015-03-02, KASUBBAG from 2019-07-01 and KABID from 2023-01-02 on. */
async function threePlacements(name = 'Tiga Jabatan'): Promise<{ employee: Employee; held: Held[] }> {
  const employee = await makeEmployee(t.em(), { name, opdCode: 'BKD', position: pengolah, positionSince: '2015-03-02' });
  for (const [position, placedOn] of [
    [kasubbag, '2019-07-01'],
    [kabid, '2023-01-02'],
  ] as const) {
    const moved = await t.gql(UPDATE, { input: { id: employee.id, positionId: position.id, placedOn } }, as(Role.ADMIN), on(TODAY));
    expect(moved.errors).toBeUndefined();
  }
  const held = await history(employee.id);
  expect(spans(held)).toEqual(['KABID 2023-01-02..', 'KASUBBAG 2019-07-01..2023-01-02', 'PENGOLAH-DATA 2015-03-02..2019-07-01']);
  return { employee, held };
}

/** Waits until `n` statements of this database (this test file's) wait for a lock. */
async function waitFor(n: number): Promise<void> {
  for (let tries = 0; (await statementsWaitingForLocks(t)) < n; tries++) {
    if (tries > 500) throw new Error(`${n} writes never waited for the employee`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Sends the writes one after another, each once the ones before wait, while another transaction holds
 * what `hold` takes (the employee's row by default, as every write of a placement locks it), then lets
 * it go (`release`: commit, or roll back); answers their results.
 * (A plain knex transaction: the ORM's would lend its context to the requests started inside it.)
 */
async function atOnce(
  hold: string | [sql: string, bindings: string[]],
  writes: (() => Promise<GqlResult>)[],
  release: 'commit' | 'rollback' = 'commit',
): Promise<GqlResult[]> {
  const [sql, bindings] = typeof hold === 'string' ? ['select id from employee where id = ? for no key update', [hold]] : hold;
  const holder = await t.em().getKnex().transaction();
  try {
    await holder.raw(sql, bindings);
    const sent: Promise<GqlResult>[] = [];
    for (const write of writes) {
      sent.push(write());
      await waitFor(sent.length);
    }
    await holder[release]();
    return await Promise.all(sent);
  } finally {
    if (!holder.isCompleted()) await holder.rollback();
  }
}

/** The row errors of an import that answered, as line, field and rule. */
const rowErrors = (result: GqlResult) => {
  expect(result.errors).toBeUndefined();
  const { ok, errors } = result.data!.importEmployees;
  return { ok, errors: errors.map((e: { line: number; field: string; rule: string }) => [e.line, e.field, e.rule]) };
};

describe('correctPlacementStart', () => {
  let employee: Employee;
  let current: Held;
  let middle: Held;
  let first: Held;
  beforeAll(async () => {
    ({
      employee,
      held: [current, middle, first],
    } = await threePlacements());
  });

  it('is refused when logged out', async () => {
    const result = await t.gql(CORRECT, { input: { ...shown(current), fromDate: '2022-12-01', reason: REASON } });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('is refused to every role but administrators: the committee, a supervisor of the OPD, trainers, the employee', async () => {
    const supervisor = await makeUser(t.em(), [Role.SUPERVISOR]);
    await supervise(t.em(), supervisor, [await anOpd(t.em(), 'BKD')]);
    const self = await makeUser(t.em(), [Role.LEARNER], { employee });
    for (const actor of [as(Role.COMMITTEE), supervisor.actor, as(Role.SUPERVISOR), as(Role.TRAINER), as(Role.LEARNER), self.actor]) {
      const result = await correct({ ...shown(current), fromDate: '2022-12-01', reason: REASON }, actor);
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    expect(spans(await history(employee.id))[0]).toBe('KABID 2023-01-02..');
  });

  it('tells the viewer whether they may correct the positions held', async () => {
    const viewerCan = async (role: Role) =>
      (await t.gql(EMPLOYEE, { id: employee.id }, as(role))).data!.employee.viewerCan.correctPlacements;
    expect(await viewerCan(Role.ADMIN)).toBe(true);
    expect(await viewerCan(Role.COMMITTEE)).toBe(false);
    expect(await viewerCan(Role.SUPERVISOR)).toBe(false);
  });

  it('refuses malformed input by field: an id that is not a UUID, dates that are not calendar days, no start read, a short or blank reason', async () => {
    const result = await correct({ placementId: 'bukan-id', fromDate: '2023-02-30', expectedFromDate: '2023-1-2', reason: '  ab ' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(new Set(fieldErrors(result).map((f) => f.field))).toEqual(new Set(['fromDate', 'expectedFromDate', 'placementId', 'reason']));
    expect(fieldErrors(result)).toContainEqual(expect.objectContaining({ field: 'fromDate', rule: 'DATE' }));
    expect(fieldErrors(result)).toContainEqual(expect.objectContaining({ field: 'expectedFromDate', rule: 'DATE' }));
    const unread = await correct({ placementId: current.id, fromDate: '2022-12-01', reason: REASON });
    expect(fieldErrors(unread)).toEqual([expect.objectContaining({ field: 'expectedFromDate', rule: 'REQUIRED' })]);
    const blank = await correct({ ...shown(current), fromDate: '2022-12-01', reason: '       ' });
    expect(new Set(fieldErrors(blank).map((f) => f.field))).toEqual(new Set(['reason']));
    const long = await correct({ ...shown(current), fromDate: '2022-12-01', reason: 'x'.repeat(501) });
    expect(fieldErrors(long)).toEqual([expect.objectContaining({ field: 'reason', rule: 'maxLength' })]);
  });

  it('answers NOT_FOUND for an unknown record', async () => {
    const result = await correct({
      placementId: '00000000-0000-4000-8000-000000000009',
      expectedFromDate: '2023-01-02',
      fromDate: '2022-12-01',
      reason: REASON,
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it.each([
    ['after today', 'current', '2026-06-02', 'PLACED_IN_FUTURE', { today: TODAY }],
    ['on the day it begins already', 'current', '2023-01-02', 'START_UNCHANGED', { date: '2023-01-02' }],
    ['on the day the previous record began', 'current', '2019-07-01', 'START_BEFORE_PREVIOUS', { date: '2019-07-01' }],
    ['before the previous record began', 'current', '2018-01-01', 'START_BEFORE_PREVIOUS', { date: '2019-07-01' }],
    ['on the day the record ends', 'middle', '2023-01-02', 'START_AFTER_END', { date: '2023-01-02' }],
    ['after the record ends', 'first', '2020-01-01', 'START_AFTER_END', { date: '2019-07-01' }],
  ])('refuses a start %s, on the field fromDate, and changes nothing', async (_name, which, fromDate, rule, params) => {
    const record = { current, middle, first }[which]!;
    const result = await correct({ ...shown(record), fromDate, reason: REASON });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(refusals(result)).toEqual([expect.objectContaining({ field: 'fromDate', rule, params })]);
    expect(spans(await history(employee.id))).toEqual([
      'KABID 2023-01-02..',
      'KASUBBAG 2019-07-01..2023-01-02',
      'PENGOLAH-DATA 2015-03-02..2019-07-01',
    ]);
    expect(await t.em().count(AuditEntry, { action: 'organisation.placement.correct', employeeId: employee.id })).toBe(0);
  });
});

describe('a corrected start', () => {
  it("moves the current record's start and the previous record's end, sets positionSince and is kept in the audit trail", async () => {
    const { employee, held } = await threePlacements('Koreksi Sekarang');
    const result = await correct({ ...shown(held[0]), fromDate: '2022-10-03', reason: `  ${REASON} ` });
    expect(result.errors).toBeUndefined();
    expect(result.data!.correctPlacementStart).toEqual({
      id: held[0].id,
      fromDate: '2022-10-03',
      toDate: null,
      position: { code: 'KABID' },
      opd: { code: 'BKD' },
    });
    expect(spans(await history(employee.id))).toEqual([
      'KABID 2022-10-03..',
      'KASUBBAG 2019-07-01..2022-10-03',
      'PENGOLAH-DATA 2015-03-02..2019-07-01',
    ]);
    expect(await positionSince(employee.id)).toBe('2022-10-03');
    const entries = await t.em().find(AuditEntry, { action: 'organisation.placement.correct', employeeId: employee.id });
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: users[Role.ADMIN].user.id,
        subjectType: 'PositionHeld',
        subjectId: held[0].id,
        purpose: REASON,
        at: new Date(`${TODAY}T12:00:00+07:00`),
        details: {
          position: 'KABID',
          opd: 'BKD',
          fromDate: { before: '2023-01-02', after: '2022-10-03' },
          previous: { id: held[1].id, toDate: { before: '2023-01-02', after: '2022-10-03' } },
        },
      }),
    ]);
  });

  it('moves a start later too, and corrects a record held before, down to the day after the one before it began', async () => {
    const { employee, held } = await threePlacements('Koreksi Lama');
    expect((await correct({ ...shown(held[0]), fromDate: '2024-04-01', reason: REASON })).errors).toBeUndefined();
    expect((await correct({ ...shown(held[1]), fromDate: '2015-03-03', reason: REASON })).errors).toBeUndefined();
    expect(spans(await history(employee.id))).toEqual([
      'KABID 2024-04-01..',
      'KASUBBAG 2015-03-03..2024-04-01',
      'PENGOLAH-DATA 2015-03-02..2015-03-03',
    ]);
    expect(await positionSince(employee.id)).toBe('2024-04-01');
  });

  it('corrects the first record to any earlier day, and a record after a time without a position not before that time began', async () => {
    const employee = await makeEmployee(t.em(), { name: 'Sempat Kosong', opdCode: 'BKD', position: pengolah, positionSince: '2016-01-04' });
    const leave = await t.gql(UPDATE, { input: { id: employee.id, positionId: null, placedOn: '2018-01-02' } }, as(Role.ADMIN), on(TODAY));
    expect(leave.errors).toBeUndefined();
    const back = await t.gql(
      UPDATE,
      { input: { id: employee.id, positionId: kasubbag.id, placedOn: '2020-02-03' } },
      as(Role.ADMIN),
      on(TODAY),
    );
    expect(back.errors).toBeUndefined();
    const [after, before] = await history(employee.id);
    const early = await correct({ ...shown(after), fromDate: '2018-01-01', reason: REASON });
    expect(refusals(early)).toEqual([
      expect.objectContaining({ field: 'fromDate', rule: 'START_BEFORE_PREVIOUS_END', params: { date: '2018-01-02' } }),
    ]);
    expect((await correct({ ...shown(after), fromDate: '2018-01-02', reason: REASON })).errors).toBeUndefined();
    expect((await correct({ ...shown(before), fromDate: '2010-05-03', reason: REASON })).errors).toBeUndefined();
    expect(spans(await history(employee.id))).toEqual(['KASUBBAG 2018-01-02..', 'PENGOLAH-DATA 2010-05-03..2018-01-02']);
    expect(await positionSince(employee.id)).toBe('2018-01-02');
  });

  it("is what the committee's search by years in the current position counts from", async () => {
    const employee = await makeEmployee(t.em(), {
      name: 'Masa Jabatan Dikoreksi',
      opdCode: 'BKD',
      position: kabid,
      positionSince: '2025-01-02',
    });
    const [held] = await history(employee.id);
    const search = async () => {
      const result = await t.gql(
        SEARCH,
        { input: { purpose: 'Rapat Baperjakat Juni', search: 'Masa Jabatan Dikoreksi', minYearsInPosition: 5 } },
        as(Role.COMMITTEE),
        on(TODAY),
      );
      expect(result.errors).toBeUndefined();
      return result.data!.talentSearch.items.map((r: { employee: { positionSince: string } }) => r.employee.positionSince);
    };
    expect(await search()).toEqual([]);
    expect((await correct({ ...shown(held), fromDate: '2020-03-02', reason: REASON })).errors).toBeUndefined();
    expect(await search()).toEqual(['2020-03-02']);
    expect(await t.em().findOneOrFail(PositionHeld, held.id, { refresh: true })).toMatchObject({ fromDate: '2020-03-02', toDate: null });
  });
});

describe('a correction of a record changed since it was read', () => {
  const corrections = (employeeId: string) => t.em().count(AuditEntry, { action: 'organisation.placement.correct', employeeId });

  it('answers CONFLICT on expectedFromDate with the current days, changes nothing and writes no audit entry', async () => {
    const { employee, held } = await threePlacements('Dua Admin Berurutan');
    // Both administrators read KABID from 2023-01-02; the first saves 2022-10-03.
    expect((await correct({ ...shown(held[0]), fromDate: '2022-10-03', reason: REASON })).errors).toBeUndefined();
    const second = await correct({ ...shown(held[0]), fromDate: '2022-11-01', reason: 'Koreksi dari admin kedua' });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].extensions).toMatchObject({
      reason: 'PLACEMENT_CHANGED',
      fields: [{ field: 'expectedFromDate', rule: 'START_CHANGED', params: { date: '2022-10-03' } }],
    });
    expect(second.data).toBeNull();
    expect(spans(await history(employee.id))).toEqual([
      'KABID 2022-10-03..',
      'KASUBBAG 2019-07-01..2022-10-03',
      'PENGOLAH-DATA 2015-03-02..2019-07-01',
    ]);
    expect(await positionSince(employee.id)).toBe('2022-10-03');
    expect(await corrections(employee.id)).toBe(1);
  });

  it('answers CONFLICT before checking the day asked for, even when it is the day the record now begins', async () => {
    const { employee, held } = await threePlacements('Sama-sama Mengoreksi');
    expect((await correct({ ...shown(held[1]), fromDate: '2019-06-03', reason: REASON })).errors).toBeUndefined();
    const again = await correct({ ...shown(held[1]), fromDate: '2019-06-03', reason: REASON });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(refusals(again)).toEqual([
      expect.objectContaining({ field: 'expectedFromDate', rule: 'START_CHANGED', params: { date: '2019-06-03', toDate: '2023-01-02' } }),
    ]);
    expect(await corrections(employee.id)).toBe(1);
  });

  it("is not refused when only the record's end moved (the next record's start was corrected): the start read is still the start", async () => {
    const { employee, held } = await threePlacements('Akhir Bergeser');
    expect((await correct({ ...shown(held[0]), fromDate: '2022-10-03', reason: REASON })).errors).toBeUndefined();
    expect((await correct({ ...shown(held[1]), fromDate: '2019-08-01', reason: REASON })).errors).toBeUndefined();
    expect(spans(await history(employee.id))).toEqual([
      'KABID 2022-10-03..',
      'KASUBBAG 2019-08-01..2022-10-03',
      'PENGOLAH-DATA 2015-03-02..2019-08-01',
    ]);
  });

  it('lets exactly one of two corrections sent at once succeed; the other answers CONFLICT and writes nothing', async () => {
    const { employee, held } = await threePlacements('Dua Admin Bersamaan');
    // Another transaction holds the employee, so both corrections are under way before either may read the record.
    const results = await atOnce(employee.id, [
      () => correct({ ...shown(held[0]), fromDate: '2022-10-03', reason: 'Koreksi dari admin pertama' }),
      () => correct({ ...shown(held[0]), fromDate: '2022-11-01', reason: 'Koreksi dari admin kedua' }),
    ]);
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const won = results.find((r) => !r.errors)!.data!.correctPlacementStart.fromDate as string;
    const lost = results.find((r) => r.errors)!;
    expect(refusals(lost)).toEqual([expect.objectContaining({ field: 'expectedFromDate', rule: 'START_CHANGED', params: { date: won } })]);
    expect(spans(await history(employee.id))).toEqual([
      `KABID ${won}..`,
      `KASUBBAG 2019-07-01..${won}`,
      'PENGOLAH-DATA 2015-03-02..2019-07-01',
    ]);
    const entries = await t.em().find(AuditEntry, { action: 'organisation.placement.correct', employeeId: employee.id });
    expect(entries.map((e) => (e.details as { fromDate: { after: string } }).fromDate.after)).toEqual([won]);
  });
});

describe('a correction that waited for a change replacing its record', () => {
  it('answers NOT_FOUND and writes nothing', async () => {
    const employee = await makeEmployee(t.em(), {
      name: 'Diganti Hari Sama',
      opdCode: 'BKD',
      position: kabid,
      positionSince: '2023-01-02',
    });
    const [held] = await history(employee.id);
    // A change dated the day the record began replaces it.
    const results = await atOnce(employee.id, [
      () => t.gql(UPDATE, { input: { id: employee.id, positionId: kasubbag.id, placedOn: '2023-01-02' } }, as(Role.ADMIN), on(TODAY)),
      () => correct({ ...shown(held), fromDate: '2022-10-03', reason: REASON }),
    ]);
    expect(results[0].errors).toBeUndefined();
    expect(errorCode(results[1])).toBe('NOT_FOUND');
    expect(spans(await history(employee.id))).toEqual(['KASUBBAG 2023-01-02..']);
    expect(await t.em().count(AuditEntry, { action: 'organisation.placement.correct', employeeId: employee.id })).toBe(0);
  });
});

describe('a correction, a change of position and an import of the employee sent at once', () => {
  type Write = 'correct' | 'move' | 'import';
  /**
   * The employee, in KABID from 2023-01-02, is locked by another transaction; the two writes are sent in
   * the given order, each once the one before waits, and the employee is let go. The correction moves
   * the start to 2025-01-02, the change of position moves the employee to KASUBBAG from 2024-06-03, the
   * import (a SIASN file of the employee, with a new name) to PENGOLAH-DATA from 2024-03-01.
   */
  async function race(name: string, first: Write, second: Write) {
    const employee = await makeEmployee(t.em(), { name, opdCode: 'BKD', position: kabid, positionSince: '2023-01-02' });
    const [held] = await history(employee.id);
    const csv = [
      'nip;nama;kode_opd;kode_jabatan;jenis_pegawai;tmt_jabatan',
      `${employee.nip};${name} Baru;BKD;PENGOLAH-DATA;PNS;01-03-2024`,
    ];
    const send: Record<Write, () => Promise<GqlResult>> = {
      correct: () => correct({ ...shown(held), fromDate: '2025-01-02', reason: REASON }),
      move: () => t.gql(UPDATE, { input: { id: employee.id, positionId: kasubbag.id, placedOn: '2024-06-03' } }, as(Role.ADMIN), on(TODAY)),
      import: () => t.gql(IMPORT, { input: { csv: csv.join('\n') } }, as(Role.ADMIN), on(TODAY)),
    };
    const results = await atOnce(employee.id, [send[first], send[second]]);
    return { employee, results: { [first]: results[0], [second]: results[1] } as Record<Write, GqlResult> };
  }

  it('a change of position that waited for a correction is checked against the corrected start and refused by rule', async () => {
    const { employee, results } = await race('Koreksi Lalu Mutasi', 'correct', 'move');
    expect(results.correct.errors).toBeUndefined();
    expect(errorCode(results.move)).toBe('BAD_USER_INPUT');
    expect(refusals(results.move)).toEqual([
      expect.objectContaining({ field: 'placedOn', rule: 'PLACED_BEFORE_CURRENT', params: { date: '2025-01-02' } }),
    ]);
    expect(spans(await history(employee.id))).toEqual(['KABID 2025-01-02..']);
    expect(await positionSince(employee.id)).toBe('2025-01-02');
  });

  /** The write answered without errors: a change or correction with no errors, an import with every row written. */
  const expectWritten = (result: GqlResult, write: Write) =>
    write === 'import' ? expect(rowErrors(result)).toEqual({ ok: true, errors: [] }) : expect(result.errors).toBeUndefined();

  it.each([
    ['a change of position', 'Mutasi Lalu Koreksi', 'move', '2024-06-03', ['KASUBBAG 2024-06-03..', 'KABID 2023-01-02..2024-06-03']],
    ['an import', 'Impor Lalu Koreksi', 'import', '2024-03-01', ['PENGOLAH-DATA 2024-03-01..', 'KABID 2023-01-02..2024-03-01']],
  ] as const)(
    'a correction that waited for %s is checked against the record it closed and refused by rule',
    async (_what, name, first, closed, after) => {
      const { employee, results } = await race(name, first, 'correct');
      expectWritten(results[first], first);
      expect(errorCode(results.correct)).toBe('BAD_USER_INPUT');
      expect(refusals(results.correct)).toEqual([
        expect.objectContaining({ field: 'fromDate', rule: 'START_AFTER_END', params: { date: closed } }),
      ]);
      expect(spans(await history(employee.id))).toEqual(after);
      expect(await t.em().count(AuditEntry, { action: 'organisation.placement.correct', employeeId: employee.id })).toBe(0);
    },
  );

  it.each([
    ['a correction', 'Koreksi Lalu Impor', 'correct', '2025-01-02', ['KABID 2025-01-02..']],
    ['a change of position', 'Mutasi Lalu Impor', 'move', '2024-06-03', ['KASUBBAG 2024-06-03..', 'KABID 2023-01-02..2024-06-03']],
  ] as const)(
    'an import that waited for %s checks its row against the start it wrote and refuses the row, writing nothing of the file',
    async (_what, name, first, start, after) => {
      const { employee, results } = await race(name, first, 'import');
      expectWritten(results[first], first);
      expect(rowErrors(results.import)).toEqual({ ok: false, errors: [[2, 'placedOn', 'PLACED_BEFORE_CURRENT']] });
      expect(results.import.data!.importEmployees.errors[0].message).toContain(start);
      expect(spans(await history(employee.id))).toEqual(after);
      expect(await positionSince(employee.id)).toBe(start);
      expect(await t.em().findOneOrFail(Employee, employee.id, { refresh: true })).toMatchObject({ name });
    },
  );

  it('a change of position that waited for an import is checked against the record the import opened, and follows it', async () => {
    const { employee, results } = await race('Impor Lalu Mutasi', 'import', 'move');
    expect(rowErrors(results.import)).toEqual({ ok: true, errors: [] });
    expect(results.move.errors).toBeUndefined();
    expect(spans(await history(employee.id))).toEqual([
      'KASUBBAG 2024-06-03..',
      'PENGOLAH-DATA 2024-03-01..2024-06-03',
      'KABID 2023-01-02..2024-03-01',
    ]);
    expect(await positionSince(employee.id)).toBe('2024-06-03');
  });
});

describe('two writes opening the first record of the positions held of an employee who has none, sent at once', () => {
  type Write = 'move' | 'import' | 'later import';
  /**
   * An employee of BKD without a position (no record to lock) is locked by another transaction; the two
   * writes are sent in the given order, each once the one before waits, and the employee is let go. The
   * change of position places them in KASUBBAG from 2024-06-03, the import (a SIASN file of the employee)
   * in PENGOLAH-DATA from 2024-03-01, the later import in KABID from 2024-09-02.
   */
  async function race(name: string, first: Write, second: Write) {
    const employee = await makeEmployee(t.em(), { name, opdCode: 'BKD', position: null });
    expect(await history(employee.id)).toEqual([]);
    const file = (code: string, tmt: string) =>
      ['nip;nama;kode_opd;kode_jabatan;jenis_pegawai;tmt_jabatan', `${employee.nip};${name};BKD;${code};PNS;${tmt}`].join('\n');
    const send: Record<Write, () => Promise<GqlResult>> = {
      move: () => t.gql(UPDATE, { input: { id: employee.id, positionId: kasubbag.id, placedOn: '2024-06-03' } }, as(Role.ADMIN), on(TODAY)),
      import: () => t.gql(IMPORT, { input: { csv: file('PENGOLAH-DATA', '01-03-2024') } }, as(Role.ADMIN), on(TODAY)),
      'later import': () => t.gql(IMPORT, { input: { csv: file('KABID', '02-09-2024') } }, as(Role.ADMIN), on(TODAY)),
    };
    const results = await atOnce(employee.id, [send[first], send[second]]);
    return { employee, results: { [first]: results[0], [second]: results[1] } as Record<Write, GqlResult> };
  }

  it.each([
    [
      'a change of position that waited for an import',
      'Impor Pertama Lalu Mutasi',
      'import',
      'move',
      ['KASUBBAG 2024-06-03..', 'PENGOLAH-DATA 2024-03-01..2024-06-03'],
    ],
    [
      'an import that waited for an earlier one',
      'Dua Impor Pertama',
      'import',
      'later import',
      ['KABID 2024-09-02..', 'PENGOLAH-DATA 2024-03-01..2024-09-02'],
    ],
    [
      'an import that waited for a change of position',
      'Mutasi Pertama Lalu Impor',
      'move',
      'later import',
      ['KABID 2024-09-02..', 'KASUBBAG 2024-06-03..2024-09-02'],
    ],
  ] as const)('%s follows the record it opened', async (_what, name, first, second, after) => {
    const { employee, results } = await race(name, first, second);
    for (const write of [first, second]) {
      if (write === 'move') expect(results[write].errors).toBeUndefined();
      else expect(rowErrors(results[write])).toEqual({ ok: true, errors: [] });
    }
    expect(spans(await history(employee.id))).toEqual(after);
    expect(await positionSince(employee.id)).toBe(after[0].slice(-12, -2));
  });

  it.each([
    ['a change of position', 'Mutasi Pertama Lalu Impor Lama', 'move', 'KASUBBAG 2024-06-03..', '2024-06-03'],
    ['a later import', 'Impor Pertama Lalu Impor Lama', 'later import', 'KABID 2024-09-02..', '2024-09-02'],
  ] as const)(
    'an import that waited for %s, placing the employee before it, refuses its row and writes nothing of the file',
    async (_what, name, first, after, start) => {
      const { employee, results } = await race(name, first, 'import');
      if (first === 'move') expect(results.move.errors).toBeUndefined();
      else expect(rowErrors(results[first])).toEqual({ ok: true, errors: [] });
      expect(rowErrors(results.import)).toEqual({ ok: false, errors: [[2, 'placedOn', 'PLACED_BEFORE_CURRENT']] });
      expect(results.import.data!.importEmployees.errors[0].message).toContain(start);
      expect(spans(await history(employee.id))).toEqual([after]);
    },
  );

  it('a change of position that waited for an import placing the employee later is refused by rule', async () => {
    const { employee, results } = await race('Impor Lama Lalu Mutasi', 'later import', 'move');
    expect(rowErrors(results['later import'])).toEqual({ ok: true, errors: [] });
    expect(errorCode(results.move)).toBe('BAD_USER_INPUT');
    expect(refusals(results.move)).toEqual([
      expect.objectContaining({ field: 'placedOn', rule: 'PLACED_BEFORE_CURRENT', params: { date: '2024-09-02' } }),
    ]);
    expect(spans(await history(employee.id))).toEqual(['KABID 2024-09-02..']);
  });

  /**
   * Sends the writes at once while another transaction adds an employee of the NIP (so the write that
   * reaches it first waits there), then takes it back; answers the writes' results, OK or an error code.
   */
  async function holdingNip(nip: string, send: (() => Promise<GqlResult>)[]) {
    const bkd = await anOpd(t.em(), 'BKD');
    const hold: [string, string[]] = [
      "insert into employee (nip, name, employee_type, opd_id) values (?, 'Dipegang', 'PNS', ?)",
      [nip, bkd.id],
    ];
    const results = await atOnce(hold, send, 'rollback');
    return { results, codes: results.map((r) => errorCode(r) ?? 'OK').sort() };
  }
  const importing = (csv: string) => () => t.gql(IMPORT, { input: { csv } }, as(Role.ADMIN), on(TODAY));
  const importsHoldingNip = (nip: string, files: string[]) => holdingNip(nip, files.map(importing));

  it('of two imports adding the same new employee (no row to lock yet), one adds them and the other answers CONFLICT, writing nothing', async () => {
    const nip = nextNip();
    const file = (name: string) =>
      ['nip;nama;kode_opd;kode_jabatan;jenis_pegawai;tmt_jabatan', `${nip};${name};BKD;PENGOLAH-DATA;PNS;01-03-2024`].join('\n');
    const names = ['Pegawai Baru Pertama', 'Pegawai Baru Kedua'];
    const { results, codes } = await importsHoldingNip(nip, names.map(file));
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const added = await t.em().find(Employee, { nip }, { refresh: true });
    expect(added.map((e) => e.name)).toEqual([names[results.findIndex((r) => !r.errors)]]);
    expect(spans(await history(added[0].id))).toEqual(['PENGOLAH-DATA 2024-03-01..']);
  });

  it('of two imports adding the same two new employees in opposite orders, one adds them and the other answers CONFLICT, never a deadlock', async () => {
    const [first, second] = [nextNip(), nextNip()];
    const file = (nips: string[]) =>
      ['nip;nama;kode_opd;kode_jabatan;jenis_pegawai', ...nips.map((nip) => `${nip};Pegawai ${nip};BKD;PENGOLAH-DATA;PNS`)].join('\n');
    const { codes } = await importsHoldingNip(first, [file([first, second]), file([second, first])]);
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await t.em().count(Employee, { nip: { $in: [first, second] } })).toBe(2);
  });

  it.each([
    ['the new employee form first', ['create', 'import']],
    ['the import first', ['import', 'create']],
  ] as const)(
    'of the new employee form and an import adding the same new NIP at once (%s), one adds them and the other answers CONFLICT, writing nothing',
    async (_order, order) => {
      const nip = nextNip();
      const bkd = await anOpd(t.em(), 'BKD');
      const names = { create: 'Pegawai Dari Formulir', import: 'Pegawai Dari SIASN' };
      const send = {
        create: () =>
          t.gql(
            CREATE,
            { input: { nip, name: names.create, employeeType: 'PNS', opdId: bkd.id, positionId: kasubbag.id, placedOn: '2024-06-03' } },
            as(Role.ADMIN),
            on(TODAY),
          ),
        import: importing(
          ['nip;nama;kode_opd;kode_jabatan;jenis_pegawai;tmt_jabatan', `${nip};${names.import};BKD;PENGOLAH-DATA;PNS;01-03-2024`].join(
            '\n',
          ),
        ),
      };
      const { results } = await holdingNip(
        nip,
        order.map((write) => send[write]),
      );
      const byWrite = { [order[0]]: results[0], [order[1]]: results[1] } as Record<'create' | 'import', GqlResult>;
      const created = !byWrite.create.errors;
      const imported = !byWrite.import.errors;
      // Exactly one wrote; the other was refused as a whole by the unique NIP, not with an internal error.
      expect([created, imported].sort()).toEqual([false, true]);
      if (created) {
        expect(errorCode(byWrite.import)).toBe('CONFLICT');
      } else {
        expect(rowErrors(byWrite.import)).toEqual({ ok: true, errors: [] });
        expect(errorCode(byWrite.create)).toBe('CONFLICT');
      }
      const added = await t.em().find(Employee, { nip }, { refresh: true });
      expect(added.map((e) => e.name)).toEqual([created ? names.create : names.import]);
      expect(spans(await history(added[0].id))).toEqual([created ? 'KASUBBAG 2024-06-03..' : 'PENGOLAH-DATA 2024-03-01..']);
      // One learner account, of the employee written; none left of the refused write.
      const accounts = await t.em().find(User, { username: nip }, { populate: ['employee'] });
      expect(accounts.map((u) => u.employee?.id)).toEqual([added[0].id]);
      expect(await t.em().count(AuditEntry, { action: 'identity.account.open', employeeId: added[0].id })).toBe(1);
    },
  );
});

describe('the statements a write of an employee runs', () => {
  /** A read of the records of the positions held (the employee's `positionSince` formula reads only the open one's start). */
  const RECORDS = /from "position_held"/;
  const LOCK = /for no key update/i;
  const update = (input: Record<string, unknown>) => t.gql(UPDATE, { input }, as(Role.ADMIN), on(TODAY));

  it('an update that keeps the OPD and the position neither locks the employee nor reads their records of the positions held', async () => {
    const employee = await makeEmployee(t.em(), { name: 'Ganti Nama Saja', opdCode: 'BKD', position: kabid, positionSince: '2023-01-02' });
    const bkd = await anOpd(t.em(), 'BKD');
    // Left out, and sent unchanged as the employee form sends them.
    for (const input of [
      { id: employee.id, name: 'Ganti Nama Saja Lagi', rank: 'III/c' },
      { id: employee.id, name: 'Ganti Nama Sekali Lagi', opdId: bkd.id, positionId: kabid.id, rank: 'III/d' },
    ]) {
      let result: GqlResult | undefined;
      const sql = await t.statements(async () => {
        result = await update(input);
      });
      expect(result!.errors).toBeUndefined();
      expect(sql.filter((q) => RECORDS.test(q) || LOCK.test(q))).toEqual([]);
      expect(await t.em().findOneOrFail(Employee, employee.id, { refresh: true })).toMatchObject({ name: input.name, rank: input.rank });
    }
    expect(spans(await history(employee.id))).toEqual(['KABID 2023-01-02..']);
    expect(await positionSince(employee.id)).toBe('2023-01-02');
    // Without a position (no record held), a change of the OPD alone writes none either.
    const loose = await makeEmployee(t.em(), { name: 'Tanpa Jabatan', opdCode: 'BKD', position: null });
    const other = await anOpd(t.em(), 'DISKOMINFO');
    expect((await update({ id: loose.id, opdId: other.id })).errors).toBeUndefined();
    expect(await history(loose.id)).toEqual([]);
  });

  it('two deactivations of one employee at once close their account once', async () => {
    const employee = await makeEmployee(t.em(), {
      name: 'Berhenti Dua Kali',
      opdCode: 'BKD',
      position: kabid,
      positionSince: '2023-01-02',
    });
    await makeUser(t.em(), [Role.LEARNER], { employee });
    const results = await atOnce(employee.id, [
      () => update({ id: employee.id, active: false }),
      () => update({ id: employee.id, active: false }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await t.em().count(AuditEntry, { action: 'identity.account.disable', employeeId: employee.id })).toBe(1);
  });

  it('an update that asks for another position locks the employee before reading their records, then writes the change', async () => {
    const employee = await makeEmployee(t.em(), { name: 'Pindah Jabatan', opdCode: 'BKD', position: kabid, positionSince: '2023-01-02' });
    let result: GqlResult | undefined;
    const sql = await t.statements(async () => {
      result = await update({ id: employee.id, positionId: kasubbag.id, placedOn: '2024-06-03' });
    });
    expect(result!.errors).toBeUndefined();
    const lock = sql.findIndex((q) => LOCK.test(q));
    const read = sql.findIndex((q) => RECORDS.test(q));
    expect(lock).toBeGreaterThanOrEqual(0);
    expect(read).toBeGreaterThan(lock);
    expect(spans(await history(employee.id))).toEqual(['KASUBBAG 2024-06-03..', 'KABID 2023-01-02..2024-06-03']);
    // Placed on a day, with nothing changed: refused by rule, as before.
    const same = await update({ id: employee.id, positionId: kasubbag.id, placedOn: '2024-07-01' });
    expect(refusals(same)).toEqual([expect.objectContaining({ field: 'placedOn', rule: 'PLACED_WITHOUT_CHANGE' })]);
  });

  it('a correction locks the employee through the record, then reads their records once, before it writes', async () => {
    const { employee, held } = await threePlacements('Koreksi Hemat');
    let result: GqlResult | undefined;
    const sql = await t.statements(async () => {
      result = await correct({ ...shown(held[0]), fromDate: '2022-10-03', reason: REASON });
    });
    expect(result!.errors).toBeUndefined();
    // The lock, found through the record, comes first and nothing reads the records before it; then one read of them.
    const lock = sql.findIndex((q) =>
      /from employee e join position_held p on p.employee_id = e.id where p.id = .* for no key update of e/s.test(q),
    );
    expect(lock).toBeGreaterThanOrEqual(0);
    expect(sql.slice(0, lock).filter((q) => /position_held/.test(q))).toEqual([]);
    const reads = sql.map((q, i) => (RECORDS.test(q) ? i : -1)).filter((i) => i >= 0);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toBeGreaterThan(lock);
    expect(spans(await history(employee.id))).toEqual([
      'KABID 2022-10-03..',
      'KASUBBAG 2019-07-01..2022-10-03',
      'PENGOLAH-DATA 2015-03-02..2019-07-01',
    ]);
  });
});
