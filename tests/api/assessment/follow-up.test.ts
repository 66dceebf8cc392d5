import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/modules/identity/role';
import { followUpClosesOn, followUpDueOn } from '../../../api/src/modules/assessment/follow-up';
import { CompetencyFollowUp } from '../../../api/src/modules/assessment/evaluation.entity';
import { anOpd, makeEmployee, makeUser, supervise, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE, ENROLL, MODULE, publishedModule } from '../learning/support';
import { ok } from './support';

const DUE = `query DueFollowUps { dueFollowUps { months openMonths noteMax items { employeeId employeeName nip moduleId moduleTitle competencies completedAt dueOn closesOn } } }`;
const ANSWER = `mutation AnswerFollowUp($input: AnswerFollowUpInput!) { answerFollowUp(input: $input) { items { employeeId moduleId } } }`;
const ZERO = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let trainer: TestUser;
let supervisor: TestUser;
let otherSupervisor: TestUser;
let employee: TestUser;
let elsewhere: TestUser;
let moduleId: string;
const completedAt = new Date('2026-03-10T03:00:00Z');
const twoMonthsLater = fixedClock('2026-06-09T03:00:00Z');
const threeMonthsLater = fixedClock('2026-06-10T03:00:00Z');
const lastDayAsked = fixedClock('2026-09-09T03:00:00Z');
const sixMonthsLater = fixedClock('2026-09-10T03:00:00Z');

async function complete(learner: TestUser, id: string): Promise<void> {
  const clock = fixedClock(completedAt);
  await ok(t, ENROLL, { input: { moduleId: id } }, learner.actor, clock);
  const module = await ok(t, MODULE, { id }, learner.actor, clock);
  for (const section of module.courseModule.sections)
    for (const lesson of section.lessons) await ok(t, COMPLETE, { input: { lessonId: lesson.id } }, learner.actor, clock);
}

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER]);
  supervisor = await makeUser(em, [Role.SUPERVISOR]);
  otherSupervisor = await makeUser(em, [Role.SUPERVISOR]);
  await supervise(em, supervisor, [await anOpd(em)]);
  await supervise(em, otherSupervisor, [await anOpd(em, 'DINKES')]);
  employee = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { name: 'Sari Wulandari' }) });
  elsewhere = await makeUser(em, [Role.LEARNER], { employee: await makeEmployee(em, { opdCode: 'DINKES' }) });
  moduleId = await publishedModule(t, trainer.actor, 'FOLLOW-1');
  await complete(employee, moduleId);
  await complete(elsewhere, moduleId);
});
afterAll(() => t.close());

describe('the follow-up date', () => {
  it('is the same day three months later, or the last day of a shorter month', () => {
    expect(followUpDueOn('2026-03-10')).toBe('2026-06-10');
    expect(followUpDueOn('2026-11-30')).toBe('2027-02-28');
    expect(followUpDueOn('2027-11-30')).toBe('2028-02-29');
    expect(followUpDueOn('2026-10-15')).toBe('2027-01-15');
  });

  it('lapses three months after it is due', () => {
    expect(followUpClosesOn('2026-03-10')).toBe('2026-09-10');
    expect(followUpClosesOn('2026-08-31')).toBe('2027-02-28');
  });
});

describe('a supervisor’s follow-ups', () => {
  it('refuse logged-out visitors and everyone but supervisors, and bad input', async () => {
    const input = { employeeId: employee.actor.employeeId, moduleId, applied: 'APPLIED' };
    expect(errorCode(await t.gql(DUE, {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ANSWER, { input }, null))).toBe('UNAUTHENTICATED');
    for (const who of [trainer, employee]) {
      expect(errorCode(await t.gql(DUE, {}, who.actor, threeMonthsLater))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ANSWER, { input }, who.actor, threeMonthsLater))).toBe('FORBIDDEN');
    }
    const bad = await t.gql(ANSWER, { input: { ...input, employeeId: 'x', note: 'n'.repeat(1001) } }, supervisor.actor, threeMonthsLater);
    expect(
      fieldErrors(bad)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['employeeId', 'note']);
    const badEnum = await t.gql(ANSWER, { input: { ...input, applied: 'MAYBE' } }, supervisor.actor, threeMonthsLater);
    expect(errorCode(badEnum)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(ANSWER, { input: { ...input, moduleId: ZERO } }, supervisor.actor, threeMonthsLater))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ANSWER, { input: { ...input, employeeId: ZERO } }, supervisor.actor, threeMonthsLater))).toBe('NOT_FOUND');
  });

  it('are not due before three months have passed', async () => {
    expect((await ok(t, DUE, {}, supervisor.actor, twoMonthsLater)).dueFollowUps.items).toEqual([]);
    const early = await t.gql(
      ANSWER,
      { input: { employeeId: employee.actor.employeeId, moduleId, applied: 'APPLIED' } },
      supervisor.actor,
      twoMonthsLater,
    );
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions!.reason).toBe('NOT_DUE');
  });

  it('list the employees of the supervised OPDs only, three months after completion', async () => {
    const due = (await ok(t, DUE, {}, supervisor.actor, threeMonthsLater)).dueFollowUps;
    expect(due.months).toBe(3);
    expect(due.openMonths).toBe(3);
    expect(due.items).toEqual([
      {
        employeeId: employee.actor.employeeId,
        employeeName: 'Sari Wulandari',
        nip: expect.any(String),
        moduleId,
        moduleTitle: 'Modul FOLLOW-1',
        competencies: [],
        completedAt: completedAt.toISOString(),
        dueOn: '2026-06-10',
        closesOn: '2026-09-10',
      },
    ]);
    const other = (await ok(t, DUE, {}, otherSupervisor.actor, threeMonthsLater)).dueFollowUps.items;
    expect(other.map((i: { employeeId: string }) => i.employeeId)).toEqual([elsewhere.actor.employeeId]);
    const foreign = await t.gql(
      ANSWER,
      { input: { employeeId: elsewhere.actor.employeeId, moduleId, applied: 'APPLIED' } },
      supervisor.actor,
      threeMonthsLater,
    );
    expect(errorCode(foreign)).toBe('FORBIDDEN');
  });

  it('lapse unanswered three months after they are due: off the list, and an answer is refused', async () => {
    const asked = (await ok(t, DUE, {}, otherSupervisor.actor, lastDayAsked)).dueFollowUps.items;
    expect(asked.map((i: { employeeId: string }) => i.employeeId)).toEqual([elsewhere.actor.employeeId]);
    expect((await ok(t, DUE, {}, otherSupervisor.actor, sixMonthsLater)).dueFollowUps.items).toEqual([]);
    const late = await t.gql(
      ANSWER,
      { input: { employeeId: elsewhere.actor.employeeId, moduleId, applied: 'APPLIED' } },
      otherSupervisor.actor,
      sixMonthsLater,
    );
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions!.reason).toBe('EXPIRED');
    expect(await t.em().count(CompetencyFollowUp, { employee: elsewhere.actor.employeeId! })).toBe(0);
  });

  it('are answered once: the answer is kept with who gave it, and a second is a CONFLICT', async () => {
    const input = { employeeId: employee.actor.employeeId, moduleId, applied: 'PARTLY', note: ' Sudah dipakai untuk laporan bulanan ' };
    expect((await ok(t, ANSWER, { input }, supervisor.actor, threeMonthsLater)).answerFollowUp.items).toEqual([]);
    const kept = await t.em().findOneOrFail(CompetencyFollowUp, { employee: employee.actor.employeeId! });
    expect({ applied: kept.applied, note: kept.note, by: kept.answeredBy.id }).toEqual({
      applied: 'PARTLY',
      note: 'Sudah dipakai untuk laporan bulanan',
      by: supervisor.user.id,
    });
    const again = await t.gql(ANSWER, { input: { ...input, applied: 'APPLIED' } }, supervisor.actor, threeMonthsLater);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.reason).toBe('ALREADY_ANSWERED');
    expect((await ok(t, DUE, {}, supervisor.actor, threeMonthsLater)).dueFollowUps.items).toEqual([]);
  });
});
