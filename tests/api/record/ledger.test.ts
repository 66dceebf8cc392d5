import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/common/role';
import { EnrollmentService } from '../../../api/src/modules/learning/enrollment.service';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { LearningRecordDay } from '../../../api/src/modules/record/learning-record-day.entity';
import { type CreditRequest, creditLedger } from '../../../api/src/modules/record/ledger.service';
import { RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';
import { anOpd, makeEmployee, makeUser, nextNip, supervise, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

const SUMMARY = `query JpSummary($input: JpSummaryInput!) {
  jpSummary(input: $input) { year periodStart periodEnd targetJp maxJp approvedJp pendingJp countedJp reached remainingJp entries { title jp status year form { id } creditSteps { code } } }
}`;
const UPDATE_FORM = `mutation UpdateLearningForm($input: UpdateLearningFormInput!) { updateLearningForm(input: $input) { id creditMode creditValue maxJpPerDay maxSessionsPerMonth } }`;

let t: TestApp;
let learner: TestUser;
let seq = 0;

beforeAll(async () => {
  t = await setupTestApp();
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

function request(employeeId: string, change: Partial<CreditRequest>): CreditRequest {
  seq++;
  return {
    employeeId,
    source: RecordSource.MODULE,
    sourceId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    formId: 16,
    title: `Kegiatan ${seq}`,
    startDate: '2026-03-02',
    endDate: '2026-03-02',
    minutes: 90,
    ...change,
  };
}

async function credit(employeeId: string, change: Partial<CreditRequest>) {
  const em = t.em();
  return em.transactional((tx) => creditLedger(tx, request(employeeId, change)));
}

/** A record's day rows as [date, JP], in date order. */
async function daysOf(recordId: string): Promise<[string, number][]> {
  const rows = await t.em().find(LearningRecordDay, { record: recordId }, { orderBy: { date: 'asc' } });
  return rows.map((d) => [d.date, d.jp]);
}

describe('ledger credit rules against earlier records', () => {
  it('caps e-learning at 3 JP per day across activities of that day', async () => {
    const e = await makeEmployee(t.em());
    expect((await credit(e.id, { claimedJp: 2 })).record.jp).toBe(2);
    expect((await credit(e.id, { claimedJp: 2 })).record.jp).toBe(1);
    expect((await credit(e.id, { claimedJp: 2 })).record.jp).toBe(0);
    expect((await credit(e.id, { claimedJp: 2, startDate: '2026-03-03', endDate: '2026-03-03' })).record.jp).toBe(2);
  });

  it('caps coaching at 2 sessions per month, counting the month of the activity', async () => {
    const e = await makeEmployee(t.em());
    const coaching = (endDate: string) => credit(e.id, { formId: 14, source: RecordSource.EXTERNAL, startDate: endDate, endDate });
    expect((await coaching('2026-02-03')).record.jp).toBe(2);
    expect((await coaching('2026-02-17')).record.jp).toBe(2);
    const third = (await coaching('2026-02-28')).record;
    expect(third).toMatchObject({ jp: 0, sessions: 0 });
    expect(third.creditSteps).toEqual([
      { code: 'PER_SESSION', value: 2, sessions: 0 },
      { code: 'SESSION_MONTH_CAP', fit: 0, sessions: 1, month: '2026-02', cap: 2 },
    ]);
    expect((await coaching('2026-03-01')).record.jp).toBe(2);
  });

  it('rejected records do not use up a cap, on any of their days', async () => {
    const e = await makeEmployee(t.em());
    const first = await credit(e.id, { claimedJp: 3 });
    await t.em().nativeUpdate(LearningRecord, { id: first.record.id }, { status: RecordStatus.REJECTED });
    expect((await credit(e.id, { claimedJp: 3 })).record.jp).toBe(3);
    // Rejected after crediting 3 + 2 JP on 9 and 10 March: both days are free again.
    const twoDays = await credit(e.id, { claimedJp: 5, startDate: '2026-03-09', endDate: '2026-03-10' });
    await t.em().nativeUpdate(LearningRecord, { id: twoDays.record.id }, { status: RecordStatus.REJECTED });
    expect((await credit(e.id, { claimedJp: 3, startDate: '2026-03-09', endDate: '2026-03-09' })).record.jp).toBe(3);
    expect((await credit(e.id, { claimedJp: 3, startDate: '2026-03-10', endDate: '2026-03-10' })).record.jp).toBe(3);
  });

  it('modules learned on interleaved days share each day’s cap', async () => {
    const e = await makeEmployee(t.em());
    // 2 and 4 March, then 3 and 5 March: no day is shared, so each earns its 5 JP (2.5 JP a day).
    const a = (
      await credit(e.id, { claimedJp: 5, maxJp: 5, startDate: '2026-03-02', endDate: '2026-03-04', dates: ['2026-03-02', '2026-03-04'] })
    ).record;
    const b = (
      await credit(e.id, { claimedJp: 5, maxJp: 5, startDate: '2026-03-03', endDate: '2026-03-05', dates: ['2026-03-03', '2026-03-05'] })
    ).record;
    expect([a.jp, b.jp]).toEqual([5, 5]);
    expect(await daysOf(a.id)).toEqual([
      ['2026-03-02', 3],
      ['2026-03-04', 2],
    ]);
    expect(await daysOf(b.id)).toEqual([
      ['2026-03-03', 3],
      ['2026-03-05', 2],
    ]);
    // A third one on 2 and 4 March finds the 2nd full and 1 JP of room on the 4th.
    const c = (
      await credit(e.id, { claimedJp: 5, maxJp: 5, startDate: '2026-03-02', endDate: '2026-03-04', dates: ['2026-03-02', '2026-03-04'] })
    ).record;
    expect(c).toMatchObject({
      jp: 1,
      creditSteps: [
        { code: 'STATED_LEARNING', jp: 5 },
        { code: 'DAY_CAP', cap: 3, days: 1, held: 2, full: 1 },
      ],
    });
    expect(await daysOf(c.id)).toEqual([
      ['2026-03-02', 0],
      ['2026-03-04', 1],
    ]);
  });

  it('a credit ending on an empty day still finds its earlier days full', async () => {
    const e = await makeEmployee(t.em());
    const a = (await credit(e.id, { claimedJp: 5, startDate: '2026-03-02', endDate: '2026-03-04', dates: ['2026-03-02', '2026-03-04'] }))
      .record;
    expect(a.jp).toBe(5); // 3 JP on the 2nd, 2 on the 4th
    // Learned on 2 and 6 March: the 6th is empty, but the 2nd already holds 3 JP.
    const b = (await credit(e.id, { claimedJp: 5, startDate: '2026-03-02', endDate: '2026-03-06', dates: ['2026-03-02', '2026-03-06'] }))
      .record;
    expect(b.jp).toBe(3);
    expect(await daysOf(b.id)).toEqual([
      ['2026-03-02', 0],
      ['2026-03-06', 3],
    ]);
    // Other forms have caps of their own: komunitas belajar still has 2 JP on the 2nd.
    expect((await credit(e.id, { formId: 23, claimedJp: 2, startDate: '2026-03-02', endDate: '2026-03-02' })).record.jp).toBe(2);
  });

  it('stores day rows that add up to the record’s JP, the international bonus included', async () => {
    const e = await makeEmployee(t.em());
    const record = (await credit(e.id, { claimedJp: 5, international: true, startDate: '2026-03-09', endDate: '2026-03-11' })).record;
    expect(record.jp).toBe(6); // 3 + 2 JP under the cap, +20 %
    expect(await daysOf(record.id)).toEqual([
      ['2026-03-09', 3.6],
      ['2026-03-10', 2.4],
      ['2026-03-11', 0],
    ]);
    // The bonus is not capped, and leaves no room on the 9th.
    expect((await credit(e.id, { claimedJp: 2, startDate: '2026-03-09', endDate: '2026-03-09' })).record.jp).toBe(0);
    const seminar = (await credit(e.id, { formId: 9, source: RecordSource.EXTERNAL, startDate: '2026-03-09', endDate: '2026-03-11' }))
      .record;
    expect(await daysOf(seminar.id)).toEqual([
      ['2026-03-09', 4],
      ['2026-03-10', 4],
      ['2026-03-11', 4],
    ]);
  });

  it('a record without day rows holds its JP on its end date', async () => {
    const e = await makeEmployee(t.em());
    const old = (await credit(e.id, { claimedJp: 5, startDate: '2026-03-30', endDate: '2026-03-31' })).record;
    await t.em().nativeDelete(LearningRecordDay, { record: old.id });
    expect((await credit(e.id, { claimedJp: 3, startDate: '2026-03-31', endDate: '2026-03-31' })).record.jp).toBe(0);
    expect((await credit(e.id, { claimedJp: 3, startDate: '2026-03-30', endDate: '2026-03-30' })).record.jp).toBe(3);
  });

  it('credits the same source once', async () => {
    const e = await makeEmployee(t.em());
    const sourceId = '11111111-0000-4000-8000-000000000001';
    const first = await credit(e.id, { sourceId, claimedJp: 2 });
    const again = await credit(e.id, { sourceId, claimedJp: 2 });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, record: { id: first.record.id } });
    expect(await t.em().count(LearningRecord, { employee: e.id })).toBe(1);
  });

  it('counts the days of learning given (a module: the dates its lessons were done), else every day from start to end', async () => {
    const e = await makeEmployee(t.em());
    const seminar = { formId: 9, source: RecordSource.EXTERNAL, startDate: '2026-01-05', endDate: '2026-01-07' };
    expect((await credit(e.id, seminar)).record.jp).toBe(12); // 4 JP/day × 3 days
    expect((await credit(e.id, { ...seminar, dates: ['2026-01-06'] })).record.jp).toBe(4);
    // E-learning over two months, but on two days of learning: at most 3 JP each.
    const module = { claimedJp: 8, startDate: '2026-02-02', endDate: '2026-03-31' };
    const twoDays = (await credit(e.id, { ...module, dates: ['2026-02-02', '2026-03-31'] })).record;
    expect(twoDays.jp).toBe(6);
    expect(await daysOf(twoDays.id)).toEqual([
      ['2026-02-02', 3],
      ['2026-03-31', 3],
    ]);
  });

  it('refuses dates of learning outside the activity’s span', async () => {
    const e = await makeEmployee(t.em());
    await expect(
      credit(e.id, { startDate: '2026-03-02', endDate: '2026-03-04', dates: ['2026-03-01', '2026-03-04'] }),
    ).rejects.toMatchObject({
      fields: [{ field: 'dates', rule: 'OUTSIDE_SPAN' }],
    });
    expect(await t.em().count(LearningRecord, { employee: e.id })).toBe(0);
  });

  it('never credits more than the most the activity may earn (a module’s stated JP)', async () => {
    const e = await makeEmployee(t.em());
    const record = (await credit(e.id, { formId: 9, claimedJp: 2, maxJp: 2, startDate: '2026-04-06', endDate: '2026-04-08' })).record;
    expect(record).toMatchObject({
      jp: 2,
      creditSteps: [
        { code: 'PER_DAY', value: 4, days: 3 },
        { code: 'STATED_MAX', jp: 2 },
      ],
    });
  });

  it('counts JP in the year the activity ended', async () => {
    const e = await makeEmployee(t.em());
    const dec = await credit(e.id, { claimedJp: 2, startDate: '2026-12-31', endDate: '2026-12-31' });
    const jan = await credit(e.id, { claimedJp: 2, startDate: '2026-12-31', endDate: '2027-01-01' });
    expect([dec.record.year, jan.record.year]).toEqual([2026, 2027]);
  });

  it('refuses an end before the start and an unknown form', async () => {
    const e = await makeEmployee(t.em());
    await expect(credit(e.id, { startDate: '2026-03-05', endDate: '2026-03-04' })).rejects.toMatchObject({
      fields: [{ field: 'endDate', rule: 'BEFORE_START' }],
    });
    await expect(credit(e.id, { formId: 99 })).rejects.toMatchObject({ fields: [{ field: 'formId', rule: 'NOT_FOUND' }] });
  });

  it('holds the daily cap when credits arrive at the same time', async () => {
    const e = await makeEmployee(t.em());
    const results = await Promise.all([1, 2, 3].map(() => credit(e.id, { claimedJp: 2 })));
    expect(results.map((r) => r.record.jp).sort()).toEqual([0, 1, 2]);
  });
});

describe('JP never exceed what was learned', () => {
  it('keeps a record to one decimal, cut down: 898 minutes are 19.9 JP and do not reach the target', async () => {
    const user = await makeUser(t.em(), [Role.LEARNER]);
    const e = user.user.employee!.id;
    // A technical training without stated JP: 898 minutes over five days.
    const record = (await credit(e, { formId: 3, minutes: 898, startDate: '2026-07-06', endDate: '2026-07-10' })).record;
    expect(record.jp).toBe(19.9);
    expect(await daysOf(record.id)).toEqual([
      ['2026-07-06', 3.9],
      ['2026-07-07', 3.9],
      ['2026-07-08', 3.9],
      ['2026-07-09', 3.9],
      ['2026-07-10', 4.3],
    ]);
    const stated = (await credit(e, { formId: 3, claimedJp: 19.95, startDate: '2026-08-03', endDate: '2026-08-03' })).record;
    expect(stated.jp).toBe(19.9);
    const summary = (await t.gql(SUMMARY, { input: { employeeId: e, year: 2026 } }, user.actor)).data!.jpSummary;
    expect(summary).toMatchObject({ approvedJp: 39.8, reached: true });
    const other = await makeUser(t.em(), [Role.LEARNER]);
    await credit(other.user.employee!.id, { formId: 3, minutes: 898, startDate: '2026-07-06', endDate: '2026-07-10' });
    const below = (await t.gql(SUMMARY, { input: { employeeId: other.user.employee!.id, year: 2026 } }, other.actor)).data!.jpSummary;
    expect(below).toMatchObject({ approvedJp: 19.9, countedJp: 19.9, reached: false, remainingJp: 0.1 });
  });

  it('adds totals in tenths: ten records of 0.1 JP and one of 19 JP make exactly 20.0', async () => {
    const user = await makeUser(t.em(), [Role.LEARNER]);
    const e = user.user.employee!.id;
    for (let day = 1; day <= 10; day++) {
      await credit(e, {
        formId: 3,
        claimedJp: 0.1,
        startDate: `2026-09-${String(day).padStart(2, '0')}`,
        endDate: `2026-09-${String(day).padStart(2, '0')}`,
      });
    }
    await credit(e, { formId: 3, claimedJp: 19, startDate: '2026-09-14', endDate: '2026-09-14' });
    const summary = (await t.gql(SUMMARY, { input: { employeeId: e, year: 2026 } }, user.actor)).data!.jpSummary;
    expect(summary).toMatchObject({ approvedJp: 20, countedJp: 20, reached: true, remainingJp: 0 });
  });
});

describe('per-day forms known only by their span count working days', () => {
  const seminar = (employeeId: string, change: Partial<CreditRequest>) =>
    credit(employeeId, { formId: 9, source: RecordSource.EXTERNAL, ...change });

  it('counts Monday to Friday less holidays and cuti bersama, unless the dates attended are given', async () => {
    const e = await makeEmployee(t.em());
    // 16–22 March 2026: 18 March cuti bersama (Nyepi), 19 Nyepi, 20 cuti bersama (Idul Fitri), then the weekend.
    const span = { startDate: '2026-03-16', endDate: '2026-03-22' };
    const counted = (await seminar(e.id, span)).record;
    expect(counted).toMatchObject({ jp: 8, creditSteps: [{ code: 'PER_DAY', value: 4, days: 2 }] });
    expect(await daysOf(counted.id)).toEqual([
      ['2026-03-16', 4],
      ['2026-03-17', 4],
    ]);
    const attended = (await seminar(e.id, { ...span, dates: ['2026-03-16', '2026-03-17', '2026-03-18'] })).record;
    expect(attended.jp).toBe(12);
    // A week with no day off: five days.
    expect((await seminar(e.id, { startDate: '2026-03-02', endDate: '2026-03-08' })).record.jp).toBe(20);
  });

  it('a one-day activity is its day, even on a weekend; a longer span with no working day needs its dates', async () => {
    const e = await makeEmployee(t.em());
    expect((await seminar(e.id, { startDate: '2026-03-07', endDate: '2026-03-07' })).record.jp).toBe(4);
    await expect(seminar(e.id, { startDate: '2026-03-20', endDate: '2026-03-22' })).rejects.toMatchObject({
      fields: [{ field: 'dates', rule: 'NO_WORKING_DAY' }],
    });
    expect((await seminar(e.id, { startDate: '2026-03-20', endDate: '2026-03-22', dates: ['2026-03-21', '2026-03-22'] })).record.jp).toBe(
      8,
    );
  });
});

describe('the monthly session cap counts each month of the sessions', () => {
  const coaching = (employeeId: string, change: Partial<CreditRequest>) =>
    credit(employeeId, { formId: 14, source: RecordSource.EXTERNAL, ...change });
  const SESSIONS = ['2026-09-07', '2026-09-21', '2026-10-05', '2026-10-19', '2026-11-02', '2026-11-16'];

  it('a coaching from September to November with 6 sessions earns 3 × 2 sessions', async () => {
    const e = await makeEmployee(t.em());
    const record = (await coaching(e.id, { startDate: '2026-09-01', endDate: '2026-11-30', sessionDates: SESSIONS })).record;
    expect(record).toMatchObject({ jp: 12, sessions: 6 });
    expect(await daysOf(record.id)).toEqual(SESSIONS.map((d) => [d, 2]));
    // October is full now; December is not.
    expect((await coaching(e.id, { startDate: '2026-10-26', endDate: '2026-10-26' })).record.jp).toBe(0);
    expect((await coaching(e.id, { startDate: '2026-12-07', endDate: '2026-12-07' })).record.jp).toBe(2);
  });

  it('a month already holding sessions from a record that spans months leaves room only for the rest', async () => {
    const e = await makeEmployee(t.em());
    await coaching(e.id, { startDate: '2026-09-01', endDate: '2026-10-31', sessionDates: ['2026-09-07', '2026-10-05'] });
    const second = (
      await coaching(e.id, {
        startDate: '2026-09-14',
        endDate: '2026-10-30',
        sessionDates: ['2026-09-14', '2026-09-28', '2026-10-12', '2026-10-26'],
      })
    ).record;
    expect(second).toMatchObject({ jp: 4, sessions: 2 });
    expect(second.creditSteps).toEqual([
      { code: 'PER_SESSION', value: 2, sessions: 2 },
      { code: 'SESSION_MONTH_CAP', fit: 1, sessions: 2, month: '2026-09', cap: 2 },
      { code: 'SESSION_MONTH_CAP', fit: 1, sessions: 2, month: '2026-10', cap: 2 },
    ]);
  });

  it('with only a count and a span, takes the sessions to be spread evenly over its working days', async () => {
    const e = await makeEmployee(t.em());
    const record = (await coaching(e.id, { startDate: '2026-09-01', endDate: '2026-11-30', sessions: 6 })).record;
    expect(record).toMatchObject({ jp: 12, sessions: 6 });
    const months = (await daysOf(record.id)).map(([date]) => date.slice(0, 7));
    expect(months).toEqual(['2026-09', '2026-09', '2026-10', '2026-10', '2026-11', '2026-11']);
  });

  it('refuses session dates outside the span or not matching the count of sessions', async () => {
    const e = await makeEmployee(t.em());
    const span = { startDate: '2026-09-01', endDate: '2026-09-30' };
    await expect(coaching(e.id, { ...span, sessionDates: ['2026-10-01'] })).rejects.toMatchObject({
      fields: [{ field: 'sessionDates', rule: 'OUTSIDE_SPAN' }],
    });
    await expect(coaching(e.id, { ...span, sessions: 3, sessionDates: ['2026-09-07', '2026-09-14'] })).rejects.toMatchObject({
      fields: [{ field: 'sessionDates', rule: 'SESSION_COUNT' }],
    });
    expect(await t.em().count(LearningRecord, { employee: e.id })).toBe(0);
  });
});

describe('a piece of learning credits once', () => {
  it('a record from any of the same learning’s sources (a module’s other versions) means nothing new', async () => {
    const e = await makeEmployee(t.em());
    const v1 = '22222222-0000-4000-8000-000000000001';
    const v2 = '22222222-0000-4000-8000-000000000002';
    const first = await credit(e.id, { sourceId: v1, claimedJp: 2 });
    const again = await credit(e.id, { sourceId: v2, sameSourceIds: [v1], claimedJp: 2 });
    expect(again).toMatchObject({ created: false, record: { id: first.record.id } });
    expect(await t.em().count(LearningRecord, { employee: e.id })).toBe(1);
    // Other sources are other learning.
    expect((await credit(e.id, { sourceId: v2, claimedJp: 1 })).created).toBe(true);
  });

  it('answers with the record as written, or the one found, with its own form in hand and nothing left for the ORM to flush', async () => {
    const e = await makeEmployee(t.em());
    const v1 = '33333333-0000-4000-8000-000000000001';
    const v2 = '33333333-0000-4000-8000-000000000002';
    /** What an entity loaded afresh holds, and what the GraphQL type answers. */
    const fields = (r: LearningRecord) => ({
      id: r.id,
      employee: r.employee.id,
      source: r.source,
      sourceId: r.sourceId,
      form: r.form.id,
      title: r.title,
      organiser: r.organiser,
      startDate: r.startDate,
      endDate: r.endDate,
      minutes: r.minutes,
      sessions: r.sessions,
      jp: r.jp,
      year: r.year,
      status: r.status,
      international: r.international,
      creditSteps: r.creditSteps,
      evidence: r.evidence ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    });
    const em = t.em();
    const first = await em.transactional(async (tx) => {
      const credited = await creditLedger(
        tx,
        request(e.id, { sourceId: v1, formId: 16, claimedJp: 2, organiser: 'BPSDM', international: true, evidence: 'sertifikat' }),
      );
      // The record is no entity of the transaction: the commit writes nothing more.
      expect(tx.getUnitOfWork().getIdentityMap().values()).toEqual([]);
      // Its employee is a reference, loaded (in the crediting transaction) only when asked for.
      expect(credited.record.employee.isInitialized()).toBe(false);
      expect((await credited.record.employee.load())?.nip).toBe(e.nip);
      return credited;
    });
    const loaded = await t.em().findOneOrFail(LearningRecord, first.record.id, { populate: ['form'] });
    expect(fields(first.record)).toEqual(fields(loaded));
    expect(first.record.creditSteps.length).toBeGreaterThan(0);
    // Its form is in hand for GraphQL, with the rule that credited it.
    expect(first.record.form.isInitialized()).toBe(true);
    expect(first.record.form.unwrap()).toMatchObject({
      id: 16,
      creditMode: loaded.form.getEntity().creditMode,
      forModules: loaded.form.getEntity().forModules,
    });
    // A later version of another form finds the first record, with the first record's form.
    const again = await credit(e.id, { sourceId: v2, sameSourceIds: [v1], formId: 23, claimedJp: 2 });
    expect(again.created).toBe(false);
    expect(fields(again.record)).toEqual(fields(loaded));
    expect(again.record.form.unwrap()).toMatchObject({ id: 16, name: loaded.form.getEntity().name });
  });
});

describe('jpSummary', () => {
  it('reaches the PNS target exactly at 20.0 JP; pending JP do not count', async () => {
    const e = learner.user.employee!.id;
    await credit(e, { formId: 3, claimedJp: 19.9, startDate: '2026-05-04', endDate: '2026-05-08' });
    const before = (await t.gql(SUMMARY, { input: { employeeId: e, year: 2026 } }, learner.actor)).data!.jpSummary;
    expect(before).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      targetJp: 20,
      maxJp: null,
      approvedJp: 19.9,
      reached: false,
      remainingJp: 0.1,
    });
    await credit(e, { formId: 25, source: RecordSource.EXTERNAL, claimedJp: 5, startDate: '2026-06-01', endDate: '2026-06-01' });
    const pending = (await t.gql(SUMMARY, { input: { employeeId: e, year: 2026 } }, learner.actor)).data!.jpSummary;
    expect(pending).toMatchObject({ approvedJp: 19.9, pendingJp: 5, reached: false });
    await credit(e, { formId: 16, minutes: 5, startDate: '2026-06-02', endDate: '2026-06-02' }); // 5 min = 0.1 JP
    const after = (await t.gql(SUMMARY, { input: { employeeId: e, year: 2026 } }, learner.actor)).data!.jpSummary;
    expect(after).toMatchObject({ approvedJp: 20, countedJp: 20, reached: true, remainingJp: 0 });
    expect(after.entries.map((x: { jp: number }) => x.jp)).toEqual([0.1, 5, 19.9]);
    const other = (await t.gql(SUMMARY, { input: { employeeId: e, year: 2025 } }, learner.actor)).data!.jpSummary;
    expect(other).toMatchObject({ approvedJp: 0, entries: [] });
  });

  it('a PPPK has a yearly maximum of 24 JP instead of a target', async () => {
    const user = await makeUser(t.em(), [Role.LEARNER], {
      employee: await makeEmployee(t.em(), { employeeType: EmployeeType.PPPK, rank: 'IX' }),
    });
    await credit(user.user.employee!.id, { formId: 3, claimedJp: 30, startDate: '2026-04-01', endDate: '2026-04-03' });
    const summary = (await t.gql(SUMMARY, { input: { employeeId: user.user.employee!.id, year: 2026 } }, user.actor)).data!.jpSummary;
    expect(summary).toMatchObject({ targetJp: null, maxJp: 24, approvedJp: 30, countedJp: 24, reached: true, remainingJp: 0 });
  });

  describe('a PPPK appointed in March (TMT 2023-03 in the NI PPPK)', () => {
    let pppk: TestUser;
    const summaryOf = async (year: number) =>
      (await t.gql(SUMMARY, { input: { employeeId: pppk.user.employee!.id, year } }, pppk.actor)).data!.jpSummary;
    const dashboardOn = async (instant: string) => (await new EnrollmentService(t.em(), fixedClock(instant)).dashboard(pppk.actor)).jp;

    beforeAll(async () => {
      const base = nextNip();
      const employee = await makeEmployee(t.em(), {
        employeeType: EmployeeType.PPPK,
        rank: 'IX',
        nip: `${base.slice(0, 8)}202303${base.slice(14)}`,
      });
      pppk = await makeUser(t.em(), [Role.LEARNER], { employee });
      const on = (date: string, change: Partial<CreditRequest>) =>
        credit(employee.id, { formId: 3, startDate: date, endDate: date, ...change });
      await on('2026-02-20', { title: 'Kontrak 2025', claimedJp: 10 });
      await on('2026-02-25', { title: 'Kontrak 2025, diajukan', formId: 25, source: RecordSource.EXTERNAL, claimedJp: 2 });
      await on('2026-03-05', { title: 'Awal kontrak 2026', claimedJp: 15 });
      await on('2027-02-15', { title: 'Akhir kontrak 2026', claimedJp: 12 });
    });

    it('counts the records ending in the contract year and caps them at 24 JP', async () => {
      expect(await summaryOf(2026)).toMatchObject({
        year: 2026,
        periodStart: '2026-03-01',
        periodEnd: '2027-02-28',
        targetJp: null,
        maxJp: 24,
        approvedJp: 27,
        pendingJp: 0,
        countedJp: 24,
        reached: true,
        remainingJp: 0,
        // The record keeps its calendar year (for SIASN); the contract year decides where it counts.
        entries: [
          { title: 'Akhir kontrak 2026', jp: 12, year: 2027 },
          { title: 'Awal kontrak 2026', jp: 15, year: 2026 },
        ],
      });
      expect(await summaryOf(2025)).toMatchObject({
        periodStart: '2025-03-01',
        periodEnd: '2026-02-28',
        approvedJp: 10,
        pendingJp: 2,
        countedJp: 10,
        reached: false,
        remainingJp: 14,
        entries: [{ title: 'Kontrak 2025, diajukan' }, { title: 'Kontrak 2025' }],
      });
    });

    it('the dashboard shows the contract year containing today’s local date', async () => {
      expect(await dashboardOn('2027-02-10T09:00:00+07:00')).toMatchObject({
        year: 2026,
        periodStart: '2026-03-01',
        periodEnd: '2027-02-28',
        countedJp: 24,
      });
      expect(await dashboardOn('2026-02-28T12:00:00+07:00')).toMatchObject({ year: 2025, periodStart: '2025-03-01', approvedJp: 10 });
      // 18:00 UTC on 28 February is already 1 March in Sidoarjo: a new contract year, nothing yet.
      expect(await dashboardOn('2027-02-28T18:00:00Z')).toMatchObject({
        year: 2027,
        periodStart: '2027-03-01',
        periodEnd: '2028-02-29',
        approvedJp: 0,
        entries: [],
      });
    });

    it('a PNS’s dashboard keeps the calendar year', async () => {
      const jp = (await new EnrollmentService(t.em(), fixedClock('2027-02-10T09:00:00+07:00')).dashboard(learner.actor)).jp;
      expect(jp).toMatchObject({ year: 2027, periodStart: '2027-01-01', periodEnd: '2027-12-31', targetJp: 20 });
    });
  });

  it('is readable by the employee, their supervisor, the committee and admins only', async () => {
    const input = { employeeId: learner.user.employee!.id, year: 2026 };
    expect(errorCode(await t.gql(SUMMARY, { input }))).toBe('UNAUTHENTICATED');
    const colleague = await makeUser(t.em(), [Role.LEARNER]);
    expect(errorCode(await t.gql(SUMMARY, { input }, colleague.actor))).toBe('FORBIDDEN');
    const supervisor = await makeUser(t.em(), [Role.SUPERVISOR]);
    expect(errorCode(await t.gql(SUMMARY, { input }, supervisor.actor))).toBe('FORBIDDEN');
    await supervise(t.em(), supervisor, [await anOpd(t.em(), 'DISKOMINFO')]);
    expect((await t.gql(SUMMARY, { input }, supervisor.actor)).errors).toBeUndefined();
    const committee = await makeUser(t.em(), [Role.COMMITTEE]);
    expect((await t.gql(SUMMARY, { input }, committee.actor)).errors).toBeUndefined();
    expect(errorCode(await t.gql(SUMMARY, { input: { ...input, year: 1999 } }, committee.actor))).toBe('BAD_USER_INPUT');
  });
});

describe('updateLearningForm', () => {
  it('lets an admin change a credit rule, which applies to new credits', async () => {
    const admin = await makeUser(t.em(), [Role.ADMIN]);
    const input = { id: 16, maxJpPerDay: 4 };
    expect(errorCode(await t.gql(UPDATE_FORM, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE_FORM, { input }, learner.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(UPDATE_FORM, { input: { id: 16, maxJpPerDay: 0 } }, admin.actor))).toEqual([
      { field: 'maxJpPerDay', rule: 'min' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE_FORM, { input: { id: 16, maxJpPerDay: 2.75 } }, admin.actor))).toEqual([
      { field: 'maxJpPerDay', rule: 'JP_ONE_DECIMAL' },
    ]);
    expect(fieldErrors(await t.gql(UPDATE_FORM, { input: { id: 9, creditValue: 4.25 } }, admin.actor))).toEqual([
      { field: 'creditValue', rule: 'JP_ONE_DECIMAL' },
    ]);
    expect(errorCode(await t.gql(UPDATE_FORM, { input: { id: 99, maxJpPerDay: 4 } }, admin.actor))).toBe('NOT_FOUND');
    const updated = await t.gql(UPDATE_FORM, { input }, admin.actor);
    expect(updated.data!.updateLearningForm).toMatchObject({ id: 16, creditMode: 'ACTUAL', maxJpPerDay: 4 });
    const e = await makeEmployee(t.em());
    expect((await credit(e.id, { claimedJp: 6 })).record.jp).toBe(4);
    await t.gql(UPDATE_FORM, { input: { id: 16, maxJpPerDay: 3 } }, admin.actor);
  });
});
