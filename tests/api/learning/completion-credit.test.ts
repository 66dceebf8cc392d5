import { Role } from '../../../api/src/common/role';
import { makeUser, type TestUser } from '../../support/factories';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { localDate } from '../../../api/src/common/dates';
import { COMPLETE, ENROLL, MODULE, measure, publishedModule, textLesson } from './support';

/** JP shown must agree with JP credited: before the last lesson, after it, and in the list of finished modules. */

const MY_ENROLLMENT = `query M($id: ID!) {
  courseModule(id: $id) { jpValue myEnrollment { completedAt creditedJp completionCredit { jp statedJp reason formName maxJpPerDay } } }
}`;
const MY_LEARNING = `query MyLearning { myLearning { jp { approvedJp } enrollments { completedAt creditedJp module { jpValue } } } }`;

let t: TestApp;
let trainer: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
});
afterAll(() => t.close());

/** An e-learning module (form 16: actual time, at most 3 JP a day) of two lessons of `minutes` each, stating `jp`. */
async function module(code: string, jp: number, minutes: number): Promise<{ id: string; lessons: string[] }> {
  const lessons = [textLesson('Satu', undefined, { durationMinutes: minutes }), textLesson('Dua', undefined, { durationMinutes: minutes })];
  const id = await publishedModule(t, trainer.actor, code, { formId: 16, jpValue: jp, sections: [{ title: 'A', lessons }] });
  const found = (await t.gql(MODULE, { id }, trainer.actor)).data!.courseModule;
  return { id, lessons: found.sections[0].lessons.map((l: { id: string }) => l.id) };
}

async function enrollment(learner: TestUser, moduleId: string) {
  const result = await t.gql(MY_ENROLLMENT, { id: moduleId }, learner.actor);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.courseModule.myEnrollment;
}

describe('finishing a module on a day already full', () => {
  let learner: TestUser;
  let first: { id: string; lessons: string[] };
  let second: { id: string; lessons: string[] };

  beforeAll(async () => {
    learner = await makeUser(t.em(), [Role.LEARNER]);
    first = await module('FULL-DAY-1', 3, 90);
    second = await module('FULL-DAY-2', 2, 45);
    for (const m of [first, second]) await t.gql(ENROLL, { input: { moduleId: m.id } }, learner.actor);
    // E-learning credits the time measured on the lessons: the learner spent each lesson's duration on it today.
    const today = localDate(new Date(), 'Asia/Jakarta');
    for (const [m, minutes] of [
      [first, 90],
      [second, 45],
    ] as const)
      for (const lessonId of m.lessons) await measure(t, learner.user.employee!.id, lessonId, today, minutes);
  });

  it('before the last lesson says the stated JP will be credited when the day has room', async () => {
    expect((await enrollment(learner, first.id)).completionCredit).toEqual({
      jp: 3,
      statedJp: 3,
      reason: 'FULL',
      formName: 'E-learning',
      maxJpPerDay: 3,
    });
  });

  it('says a second e-learning module finished the same day credits nothing, and why', async () => {
    for (const lessonId of first.lessons) await t.gql(COMPLETE, { input: { lessonId } }, learner.actor);
    await t.gql(COMPLETE, { input: { lessonId: second.lessons[0] } }, learner.actor);
    expect((await enrollment(learner, second.id)).completionCredit).toEqual({
      jp: 0,
      statedJp: 2,
      reason: 'NOTHING_LEFT_TODAY',
      formName: 'E-learning',
      maxJpPerDay: 3,
    });
  });

  it('after finishing, each module shows the JP credited, which add up to the gauge, not the stated JP', async () => {
    const last = await t.gql(COMPLETE, { input: { lessonId: second.lessons[1] } }, learner.actor);
    expect(last.data!.completeLesson.record.jp).toBe(0);
    expect(await enrollment(learner, second.id)).toMatchObject({ creditedJp: 0, completionCredit: null });
    expect((await enrollment(learner, first.id)).creditedJp).toBe(3);
    const mine = (await t.gql(MY_LEARNING, {}, learner.actor)).data!.myLearning;
    const finished = mine.enrollments.filter((e: { completedAt: string | null }) => e.completedAt);
    const stated = finished.reduce((n: number, e: { module: { jpValue: number } }) => n + e.module.jpValue, 0);
    const credited = finished.reduce((n: number, e: { creditedJp: number }) => n + e.creditedJp, 0);
    expect(stated).toBe(5);
    expect(credited).toBe(mine.jp.approvedJp);
    expect(credited).toBe(3);
  });
});
