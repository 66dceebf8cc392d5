import { Role } from '../../../api/src/modules/identity/role';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { CREATE, PUBLISH, textLesson, UPDATE } from '../learning/support';
import { CREATE_QUESTION, join, ok, SAVE, START, SUBMIT, UPDATE_QUIZ } from './support';

const ENROLLMENT = `query CourseModule($id: ID!) { courseModule(id: $id) { completionRequiresPostTest myEnrollment { completedAt completionRefusal } } }`;
const COMPLETE_WITH_REFUSAL = `mutation CompleteLesson($input: CompleteLessonInput!) { completeLesson(input: $input) { moduleCompleted completionRefusal record { jp } } }`;

let t: TestApp;
let trainer: TestUser;
let learner: TestUser;

/** A module of a required text lesson and a post-test that is not required (pass mark 60 %, three true/false questions). */
async function module(code: string, completionRequiresPostTest: boolean, publish = true) {
  const questions: string[] = [];
  for (let i = 1; i <= 3; i++)
    questions.push(
      (
        await ok(
          t,
          CREATE_QUESTION,
          { input: { type: 'TRUE_FALSE', text: `${code} pernyataan ${i}`, points: 1, correct: true } },
          trainer.actor,
        )
      ).createQuestion.id,
    );
  const created = (
    await ok(
      t,
      CREATE,
      {
        input: {
          code,
          title: `Modul ${code}`,
          formId: 3,
          jpValue: 2,
          completionRequiresPostTest,
          sections: [{ title: 'B', lessons: [textLesson('Materi'), { title: 'Post-test', kind: 'QUIZ', required: false }] }],
        },
      },
      trainer.actor,
    )
  ).createCourseModule;
  const [textLessonId, postLessonId] = created.sections[0].lessons.map((l: { id: string }) => l.id);
  await ok(
    t,
    UPDATE_QUIZ,
    { input: { lessonId: postLessonId, role: 'POST_TEST', passMarkPercent: 60, slots: questions.map((questionId) => ({ questionId })) } },
    trainer.actor,
  );
  if (publish) await ok(t, PUBLISH, { input: { id: created.id } }, trainer.actor);
  return { moduleId: created.id as string, textLessonId, postLessonId };
}

async function takePostTest(lessonId: string, truths: boolean[]): Promise<void> {
  const attempt = (await ok(t, START, { input: { lessonId } }, learner.actor)).startQuizAttempt;
  for (const [i, q] of attempt.questions.entries())
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, truth: truths[i] } }, learner.actor);
  await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, learner.actor);
}

const enrollment = async (moduleId: string) => (await ok(t, ENROLLMENT, { id: moduleId }, learner.actor)).courseModule;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  learner = await makeUser(t.em());
});
afterAll(() => t.close());

describe('a module whose completion needs its post-test passed', () => {
  it('is set by its author, and a learner may not change it', async () => {
    const { moduleId } = await module('PT-SET', false, false);
    const input = { id: moduleId, completionRequiresPostTest: true };
    expect(errorCode(await t.gql(UPDATE, { input }, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UPDATE, { input }, learner.actor))).toBe('FORBIDDEN');
    await ok(t, UPDATE, { input }, trainer.actor);
    expect((await ok(t, ENROLLMENT, { id: moduleId }, trainer.actor)).courseModule.completionRequiresPostTest).toBe(true);
  });

  it('cannot be published without a post-test', async () => {
    const created = await ok(
      t,
      CREATE,
      {
        input: {
          code: 'PT-NONE',
          title: 'Tanpa post-test',
          formId: 3,
          jpValue: 2,
          completionRequiresPostTest: true,
          sections: [{ title: 'B', lessons: [textLesson('Materi')] }],
        },
      },
      trainer.actor,
    );
    const refused = await t.gql(PUBLISH, { input: { id: created.createCourseModule.id } }, trainer.actor);
    expect(fieldErrors(refused)).toEqual([{ field: 'completionRequiresPostTest', rule: 'NO_POST_TEST' }]);
  });

  it('stays open after the last required lesson until the post-test is passed, saying why', async () => {
    const m = await module('PT-1', true);
    await join(t, learner.actor, m.moduleId);
    const done = (await ok(t, COMPLETE_WITH_REFUSAL, { input: { lessonId: m.textLessonId } }, learner.actor)).completeLesson;
    expect(done).toEqual({ moduleCompleted: false, completionRefusal: 'POST_TEST_NOT_PASSED', record: null });
    expect((await enrollment(m.moduleId)).myEnrollment).toEqual({ completedAt: null, completionRefusal: 'POST_TEST_NOT_PASSED' });

    await takePostTest(m.postLessonId, [true, false, false]); // 33 %: below the pass mark
    expect((await enrollment(m.moduleId)).myEnrollment).toEqual({ completedAt: null, completionRefusal: 'POST_TEST_NOT_PASSED' });

    await takePostTest(m.postLessonId, [true, true, false]); // 67 %: passed
    expect((await enrollment(m.moduleId)).myEnrollment).toEqual({ completedAt: expect.any(String), completionRefusal: null });
  });

  it('completes at once when the post-test was passed before the last required lesson', async () => {
    const m = await module('PT-2', true);
    await join(t, learner.actor, m.moduleId);
    await takePostTest(m.postLessonId, [true, true, true]);
    expect((await enrollment(m.moduleId)).myEnrollment).toEqual({ completedAt: null, completionRefusal: null });
    const done = (await ok(t, COMPLETE_WITH_REFUSAL, { input: { lessonId: m.textLessonId } }, learner.actor)).completeLesson;
    expect(done).toEqual({ moduleCompleted: true, completionRefusal: null, record: { jp: 2 } });
  });

  it('without the setting, completes after the required lessons whatever the post-test', async () => {
    const m = await module('PT-3', false);
    await join(t, learner.actor, m.moduleId);
    const done = (await ok(t, COMPLETE_WITH_REFUSAL, { input: { lessonId: m.textLessonId } }, learner.actor)).completeLesson;
    expect(done).toEqual({ moduleCompleted: true, completionRefusal: null, record: { jp: 2 } });
  });
});
