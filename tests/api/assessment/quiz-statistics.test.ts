import { Role } from '../../../api/src/modules/identity/role';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { CREATE, textLesson } from '../learning/support';
import { join, ok, prePostTests, takeQuiz } from './support';

const ANALYSIS = `query QuizItemAnalysis($lessonId: ID!) { quizItemAnalysis(lessonId: $lessonId) {
  lessonId attempts minResponses items { questionId label type responses facility discrimination rating } } }`;
const GAIN = `query ModuleLearningGain($moduleId: ID!) { moduleLearningGain(moduleId: $moduleId) {
  moduleId preTestLessonId postTestLessonId
  learners { employeeId name pre post absoluteGain normalisedGain }
  summary { learners meanPre meanPost meanAbsoluteGain classGain meanNormalisedGain } } }`;
const ZERO = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let admin: TestUser;
let trainer: TestUser;
let otherTrainer: TestUser;
let supervisor: TestUser;
let learners: TestUser[];

const prePostModule = (code: string, extra: object = {}) => prePostTests(t, trainer.actor, code, extra);
const take = (learner: TestUser, lessonId: string, truths: boolean[]) => takeQuiz(t, learner.actor, lessonId, truths);

beforeAll(async () => {
  t = await setupTestApp();
  admin = await makeUser(t.em(), [Role.ADMIN], { withEmployee: false });
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  otherTrainer = await makeUser(t.em(), [Role.TRAINER]);
  supervisor = await makeUser(t.em(), [Role.SUPERVISOR], { withEmployee: false });
  learners = [];
  for (let i = 0; i < 4; i++)
    learners.push(await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { name: `Peserta ${i + 1}` }) }));
});
afterAll(() => t.close());

describe('quizItemAnalysis', () => {
  let m: Awaited<ReturnType<typeof prePostModule>>;
  beforeAll(async () => {
    m = await prePostModule('ANALISIS-1');
    for (const l of learners) await join(t, l.actor, m.moduleId);
  });

  it('refuses logged-out visitors, learners, supervisors and trainers of other modules, and lessons that are no quiz', async () => {
    expect(errorCode(await t.gql(ANALYSIS, { lessonId: m.postLessonId }, null))).toBe('UNAUTHENTICATED');
    for (const who of [learners[0], supervisor, otherTrainer])
      expect(errorCode(await t.gql(ANALYSIS, { lessonId: m.postLessonId }, who.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(ANALYSIS, { lessonId: m.textLessonId }, trainer.actor))).toEqual([
      { field: 'lessonId', rule: 'NOT_A_QUIZ' },
    ]);
    expect(errorCode(await t.gql(ANALYSIS, { lessonId: 'bukan-id' }, trainer.actor))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(ANALYSIS, { lessonId: ZERO }, trainer.actor))).toBe('NOT_FOUND');
  });

  it('has nothing to show before any attempt is finished', async () => {
    expect((await ok(t, ANALYSIS, { lessonId: m.postLessonId }, trainer.actor)).quizItemAnalysis).toEqual({
      lessonId: m.postLessonId,
      attempts: 0,
      minResponses: 3,
      items: [],
    });
  });

  it('gives each question’s facility and, from three responses, its discrimination', async () => {
    await take(learners[0], m.postLessonId, [true, true, true]);
    await take(learners[1], m.postLessonId, [true, true, false]);
    const few = (await ok(t, ANALYSIS, { lessonId: m.postLessonId }, trainer.actor)).quizItemAnalysis;
    expect(few.attempts).toBe(2);
    expect(few.items.map((i: { discrimination: number | null; rating: string | null }) => [i.discrimination, i.rating])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);

    await take(learners[2], m.postLessonId, [true, false, false]);
    await take(learners[3], m.postLessonId, [false, false, false]);
    const analysis = (await ok(t, ANALYSIS, { lessonId: m.postLessonId }, trainer.actor)).quizItemAnalysis;
    expect(analysis.attempts).toBe(4);
    expect(
      analysis.items.map(({ questionId, label, type, responses, facility }: Record<string, unknown>) => ({
        questionId,
        label,
        type,
        responses,
        facility,
      })),
    ).toEqual([
      { questionId: m.questionIds[0], label: 'ANALISIS-1 soal 1', type: 'TRUE_FALSE', responses: 4, facility: 75 },
      { questionId: m.questionIds[1], label: 'ANALISIS-1 soal 2', type: 'TRUE_FALSE', responses: 4, facility: 50 },
      { questionId: m.questionIds[2], label: 'ANALISIS-1 soal 3', type: 'TRUE_FALSE', responses: 4, facility: 25 },
    ]);
    // Those who did well on the rest got each question right more often.
    for (const item of analysis.items) {
      expect(item.discrimination).toBeGreaterThan(0.3);
      expect(item.rating).toBe('GOOD');
    }
    // An administrator reads it too; the pre-test nobody took has nothing yet.
    expect((await ok(t, ANALYSIS, { lessonId: m.postLessonId }, admin.actor)).quizItemAnalysis).toEqual(analysis);
    expect((await ok(t, ANALYSIS, { lessonId: m.preLessonId }, admin.actor)).quizItemAnalysis.attempts).toBe(0);
  });
});

describe('moduleLearningGain', () => {
  let m: Awaited<ReturnType<typeof prePostModule>>;
  beforeAll(async () => {
    m = await prePostModule('GAIN-1');
    for (const l of learners) await join(t, l.actor, m.moduleId);
  });

  it('refuses logged-out visitors, learners, supervisors and trainers of other modules, and unknown modules', async () => {
    expect(errorCode(await t.gql(GAIN, { moduleId: m.moduleId }, null))).toBe('UNAUTHENTICATED');
    for (const who of [learners[0], supervisor, otherTrainer])
      expect(errorCode(await t.gql(GAIN, { moduleId: m.moduleId }, who.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(GAIN, { moduleId: 'bukan-id' }, trainer.actor))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(GAIN, { moduleId: ZERO }, trainer.actor))).toBe('NOT_FOUND');
  });

  it('names the tests and has no learners before anyone finishes one', async () => {
    expect((await ok(t, GAIN, { moduleId: m.moduleId }, trainer.actor)).moduleLearningGain).toEqual({
      moduleId: m.moduleId,
      preTestLessonId: m.preLessonId,
      postTestLessonId: m.postLessonId,
      learners: [],
      summary: { learners: 0, meanPre: null, meanPost: null, meanAbsoluteGain: null, classGain: null, meanNormalisedGain: null },
    });
  });

  it('gives each learner’s gain and the class gain of those who took both tests', async () => {
    await take(learners[0], m.preLessonId, [true, false, false]); // 33.33
    await take(learners[0], m.postLessonId, [true, true, true]); // 100
    await take(learners[1], m.preLessonId, [false, false, false]); // 0
    await take(learners[1], m.postLessonId, [true, true, false]); // 66.67
    await take(learners[2], m.preLessonId, [true, true, false]); // only the pre-test
    const gain = (await ok(t, GAIN, { moduleId: m.moduleId }, trainer.actor)).moduleLearningGain;
    const id = (u: TestUser) => u.actor.employeeId;
    expect(gain.learners).toEqual([
      { employeeId: id(learners[0]), name: 'Peserta 1', pre: 33.33, post: 100, absoluteGain: 66.67, normalisedGain: 1 },
      { employeeId: id(learners[1]), name: 'Peserta 2', pre: 0, post: 66.67, absoluteGain: 66.67, normalisedGain: 0.667 },
      { employeeId: id(learners[2]), name: 'Peserta 3', pre: 66.67, post: null, absoluteGain: null, normalisedGain: null },
    ]);
    expect(gain.summary).toEqual({
      learners: 2,
      meanPre: 16.67,
      meanPost: 83.34,
      meanAbsoluteGain: 66.67,
      classGain: 0.8,
      meanNormalisedGain: 0.834,
    });
    expect((await ok(t, GAIN, { moduleId: m.moduleId }, admin.actor)).moduleLearningGain).toEqual(gain);
  });

  it('is empty for a module without a pre-test or post-test', async () => {
    const plain = await ok(
      t,
      CREATE,
      {
        input: {
          code: 'GAIN-NONE',
          title: 'Tanpa tes',
          formId: 3,
          jpValue: 2,
          sections: [{ title: 'B', lessons: [textLesson('Materi')] }],
        },
      },
      trainer.actor,
    );
    const gain = (await ok(t, GAIN, { moduleId: plain.createCourseModule.id }, trainer.actor)).moduleLearningGain;
    expect(gain).toMatchObject({ preTestLessonId: null, postTestLessonId: null, learners: [], summary: { learners: 0 } });
  });
});
