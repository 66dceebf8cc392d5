import { seedReference } from '../../../api/src/db/seed/reference';
import { Role } from '../../../api/src/common/role';
import { Holiday } from '../../../api/src/modules/record/holiday.entity';
import { creditLedger } from '../../../api/src/modules/record/ledger.service';
import { RecordSource } from '../../../api/src/modules/record/record.enums';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const HOLIDAYS = `query Holidays($input: HolidaysInput!) { holidays(input: $input) { date name kind } }`;
const ADD = `mutation AddHoliday($input: AddHolidayInput!) { addHoliday(input: $input) { date name kind } }`;
const REMOVE = `mutation RemoveHoliday($input: RemoveHolidayInput!) { removeHoliday(input: $input) }`;

let t: TestApp;
let admin: TestUser;
let learner: TestUser;
let trainer: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
  trainer = await makeUser(t.em(), [Role.TRAINER]);
});
afterAll(() => t.close());

const list = async (year: number) =>
  (await t.gql(HOLIDAYS, { input: { year } }, learner.actor)).data!.holidays as { date: string; name: string; kind: string }[];
const count = (days: { kind: string }[], kind: string) => days.filter((d) => d.kind === kind).length;

describe('holidays', () => {
  it('holds the SKB calendars of 2025 and 2026 and the fixed holidays of 2027, in date order', async () => {
    expect(errorCode(await t.gql(HOLIDAYS, { input: { year: 2026 } }))).toBe('UNAUTHENTICATED');
    expect(fieldErrors(await t.gql(HOLIDAYS, { input: { year: 1999 } }, learner.actor))).toEqual([{ field: 'year', rule: 'min' }]);
    const y2026 = await list(2026);
    expect([y2026.length, count(y2026, 'NATIONAL_HOLIDAY'), count(y2026, 'CUTI_BERSAMA')]).toEqual([25, 17, 8]);
    expect(y2026.map((d) => d.date)).toEqual([...y2026.map((d) => d.date)].sort());
    expect(y2026).toContainEqual({ date: '2026-03-21', name: 'Idulfitri 1447 Hijriah', kind: 'NATIONAL_HOLIDAY' });
    expect(y2026).toContainEqual({ date: '2026-12-24', name: 'Cuti bersama Kelahiran Yesus Kristus', kind: 'CUTI_BERSAMA' });
    const y2025 = await list(2025);
    // 17 + 10 days, and cuti bersama on 18 August added in August 2025.
    expect([count(y2025, 'NATIONAL_HOLIDAY'), count(y2025, 'CUTI_BERSAMA')]).toEqual([17, 11]);
    expect(y2025.map((d) => d.date)).toContain('2025-08-18');
    expect((await list(2027)).map((d) => d.date)).toEqual(['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
    expect(await list(2030)).toEqual([]);
  });

  it('addHoliday is for admins, checks its input, and refuses a date already in the calendar', async () => {
    const input = { date: '2027-03-10', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'NATIONAL_HOLIDAY' };
    expect(errorCode(await t.gql(ADD, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ADD, { input }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ADD, { input }, trainer.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(ADD, { input: { ...input, date: '2027-02-30' } }, admin.actor))).toEqual([
      { field: 'date', rule: 'DATE' },
    ]);
    expect(fieldErrors(await t.gql(ADD, { input: { ...input, date: '10/03/2027' } }, admin.actor))).toEqual([
      { field: 'date', rule: 'DATE' },
    ]);
    expect(fieldErrors(await t.gql(ADD, { input: { ...input, name: '   ' } }, admin.actor))).toEqual([{ field: 'name', rule: 'REQUIRED' }]);
    expect(fieldErrors(await t.gql(ADD, { input: { ...input, kind: 'LIBUR' } }, admin.actor))).toEqual([{ field: 'kind', rule: 'TYPE' }]);
    expect((await t.gql(ADD, { input: { ...input, name: `  ${input.name} ` } }, admin.actor)).data!.addHoliday).toEqual(input);
    expect((await list(2027)).map((d) => d.date)).toContain('2027-03-10');
    expect(errorCode(await t.gql(ADD, { input: { ...input, name: 'Lain' } }, admin.actor))).toBe('CONFLICT');
  });

  it('removeHoliday is for admins and makes the day a working day again', async () => {
    const input = { date: '2027-06-01' };
    expect(errorCode(await t.gql(REMOVE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(REMOVE, { input }, learner.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(REMOVE, { input: { date: '2027-13-01' } }, admin.actor))).toEqual([{ field: 'date', rule: 'DATE' }]);
    expect(errorCode(await t.gql(REMOVE, { input: { date: '2027-06-02' } }, admin.actor))).toBe('NOT_FOUND');
    expect((await t.gql(REMOVE, { input }, admin.actor)).data!.removeHoliday).toBe(true);
    expect((await list(2027)).map((d) => d.date)).not.toContain('2027-06-01');
  });

  it('loading the reference data again keeps the administrators’ changes, and loads a year that has no day yet', async () => {
    await t.em().nativeDelete(Holiday, { date: { $gte: '2025-01-01', $lte: '2025-12-31' } });
    await seedReference(t.em(), t.config.seedsDir);
    expect((await list(2025)).length).toBe(28);
    const y2027 = (await list(2027)).map((d) => d.date);
    expect(y2027).toContain('2027-03-10');
    expect(y2027).not.toContain('2027-06-01');
  });

  it('a credit counts the working days of the calendar as it is when credited', async () => {
    const e = await makeEmployee(t.em());
    const seminar = () =>
      t.em().transactional((tx) =>
        creditLedger(tx, {
          employeeId: e.id,
          source: RecordSource.EXTERNAL,
          sourceId: null,
          formId: 9,
          title: 'Seminar',
          startDate: '2027-05-31',
          endDate: '2027-06-04',
          minutes: 0,
        }),
      );
    // 31 May – 4 June 2027: five weekdays; 1 June was removed from the calendar above.
    expect((await seminar()).record.jp).toBe(20);
    await t.gql(ADD, { input: { date: '2027-06-01', name: 'Hari Lahir Pancasila', kind: 'NATIONAL_HOLIDAY' } }, admin.actor);
    await t.gql(ADD, { input: { date: '2027-06-04', name: 'Cuti bersama', kind: 'CUTI_BERSAMA' } }, admin.actor);
    expect((await seminar()).record.jp).toBe(12);
  });
});
