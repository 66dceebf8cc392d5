import { fixedClock } from '../../../api/src/common/dates';
import { onDomainEvent } from '../../../api/src/common/events';
import { Role } from '../../../api/src/modules/identity/role';
import { finishOverdueAttempts } from '../../../api/src/modules/assessment/finish-attempt';
import { QuizAnswer } from '../../../api/src/modules/assessment/quiz.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp, untilLockWaitOr } from '../../support/test-app';
import { COMPLETE, CREATE, PUBLISH, UPDATE } from '../learning/support';
import {
  ATTEMPT,
  CREATE_CATEGORY,
  CREATE_QUESTION,
  join,
  LESSON_QUIZ,
  MODULE,
  ok,
  QUIZ_SETTINGS,
  quizModule,
  SAVE,
  sampleQuestions,
  START,
  SUBMIT,
  UPDATE_QUIZ,
} from './support';

let t: TestApp;
let trainer: TestUser;
let otherTrainer: TestUser;
let learner: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  otherTrainer = await makeUser(t.em(), [Role.TRAINER]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

const ZERO = '00000000-0000-4000-8000-000000000000';
type Q = { id: string; type: string; options: { id: string }[] | null };

/** Right answers to the sample questions, by type (the attempt's order varies). */
function rightAnswer(q: Q) {
  switch (q.type) {
    case 'SINGLE_CHOICE':
      return { optionIds: ['a'] };
    case 'MULTIPLE_CHOICE':
      return { optionIds: ['a', 'b'] };
    case 'TRUE_FALSE':
      return { truth: true };
    case 'SHORT_ANSWER':
      return { text: ' asn ' };
    default:
      return { text: '20' };
  }
}

async function draftWithQuiz(code: string) {
  const created = await ok(
    t,
    CREATE,
    {
      input: {
        code,
        title: `Modul ${code}`,
        formId: 3,
        jpValue: 2,
        sections: [{ title: 'A', lessons: [{ title: 'Kuis', kind: 'QUIZ' }] }],
      },
    },
    trainer.actor,
  );
  return { moduleId: created.createCourseModule.id as string, lessonId: created.createCourseModule.sections[0].lessons[0].id as string };
}

type Run = (sql: string, values: unknown[]) => Promise<unknown>;

/**
 * A transaction of its own that runs `first` and is then held open, as a request in flight would
 * be, until `release()`; then it runs `then` and commits (`done`). Resolves once `first` has run.
 */
async function heldTransaction(first: (run: Run) => Promise<unknown>, then?: (run: Run) => Promise<unknown>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let ran!: () => void;
  const firstRan = new Promise<void>((resolve) => (ran = resolve));
  const done = t.em().transactional(async (tx) => {
    const run: Run = (sql, values) => tx.getConnection().execute(sql, values, 'all', tx.getTransactionContext());
    await first(run);
    ran();
    await gate;
    await then?.(run);
  });
  await Promise.race([firstRan, done]);
  return { release, done };
}

describe('quiz settings', () => {
  it('quizSettings and updateQuiz: logged out, learners and other trainers are refused', async () => {
    const { lessonId } = await draftWithQuiz('QZ-GUARD');
    const input = { lessonId, slots: [] };
    for (const [query, vars] of [
      [QUIZ_SETTINGS, { lessonId }],
      [UPDATE_QUIZ, { input }],
    ] as const) {
      expect(errorCode(await t.gql(query, vars))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(query, vars, learner.actor))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(query, vars, otherTrainer.actor))).toBe('FORBIDDEN');
    }
  });

  it('updateQuiz refuses bad input naming the field', async () => {
    const { lessonId } = await draftWithQuiz('QZ-BAD');
    const mine = (await ok(t, CREATE_QUESTION, { input: sampleQuestions('bad')[2] }, trainer.actor)).createQuestion.id;
    const theirs = (await ok(t, CREATE_QUESTION, { input: sampleQuestions('bad')[2] }, otherTrainer.actor)).createQuestion.id;
    const cases: [object, { field: string; rule: string }][] = [
      [{ slots: [{ questionId: theirs }] }, { field: 'slots.0.questionId', rule: 'NOT_FOUND' }],
      [{ slots: [{ questionId: mine }, { questionId: mine }] }, { field: 'slots.1.questionId', rule: 'DUPLICATE' }],
      [{ slots: [{ categoryId: ZERO }] }, { field: 'slots.0', rule: 'SLOT_SHAPE' }],
      [
        { slots: [], opensAt: '2026-03-02T00:00:00Z', closesAt: '2026-03-01T00:00:00Z' },
        { field: 'closesAt', rule: 'CLOSES_BEFORE_OPENS' },
      ],
      [
        { slots: [], timeLimitMinutes: 0 },
        { field: 'timeLimitMinutes', rule: 'min' },
      ],
      [
        { slots: [], passMarkPercent: 101 },
        { field: 'passMarkPercent', rule: 'max' },
      ],
    ];
    for (const [input, expected] of cases) {
      const result = await t.gql(UPDATE_QUIZ, { input: { lessonId, ...input } }, trainer.actor);
      expect([errorCode(result), fieldErrors(result)]).toEqual(['BAD_USER_INPUT', expect.arrayContaining([expected])]);
    }
    const notQuiz = await ok(
      t,
      CREATE,
      {
        input: {
          code: 'QZ-TXT',
          title: 'Modul teks',
          formId: 3,
          jpValue: 1,
          sections: [{ title: 'A', lessons: [{ title: 'Teks', kind: 'TEXT', body: 'x' }] }],
        },
      },
      trainer.actor,
    );
    expect(
      fieldErrors(
        await t.gql(UPDATE_QUIZ, { input: { lessonId: notQuiz.createCourseModule.sections[0].lessons[0].id, slots: [] } }, trainer.actor),
      ),
    ).toEqual([{ field: 'lessonId', rule: 'NOT_A_QUIZ' }]);
  });

  it('a module is published only when each quiz has questions its categories can supply', async () => {
    const { moduleId, lessonId } = await draftWithQuiz('QZ-PUB');
    expect(fieldErrors(await t.gql(PUBLISH, { input: { id: moduleId } }, trainer.actor))).toEqual([
      { field: 'sections.0.lessons.0.quiz', rule: 'NO_QUESTIONS' },
    ]);
    const category = (await ok(t, CREATE_CATEGORY, { input: { name: 'Acak' } }, trainer.actor)).createQuestionCategory;
    await ok(t, CREATE_QUESTION, { input: { ...sampleQuestions('pub')[2], categoryId: category.id } }, trainer.actor);
    const settings = (
      await ok(
        t,
        UPDATE_QUIZ,
        { input: { lessonId, slots: [{ categoryId: category.id, count: 2 }], timeLimitMinutes: 20, passMarkPercent: 70 } },
        trainer.actor,
      )
    ).updateQuiz;
    expect(settings).toMatchObject({
      editable: true,
      timeLimitMinutes: 20,
      passMarkPercent: 70,
      slots: [{ count: 2, category: { name: 'Acak' }, question: null }],
    });
    expect(fieldErrors(await t.gql(PUBLISH, { input: { id: moduleId } }, trainer.actor))).toEqual([
      { field: 'sections.0.lessons.0.quiz', rule: 'CATEGORY_TOO_SMALL' },
    ]);
    await ok(t, UPDATE_QUIZ, { input: { lessonId, slots: [{ categoryId: category.id, count: 1 }] } }, trainer.actor);
    expect((await ok(t, PUBLISH, { input: { id: moduleId } }, trainer.actor)).publishCourseModule.status).toBe('PUBLISHED');
    expect(errorCode(await t.gql(UPDATE_QUIZ, { input: { lessonId, slots: [] } }, trainer.actor))).toBe('CONFLICT');
  });

  it('a new draft version keeps the quiz', async () => {
    const { moduleId } = await quizModule(t, trainer.actor, 'QZ-VER', { settings: { passMarkPercent: 60, timeLimitMinutes: 15 } });
    const draft = (await ok(t, UPDATE, { input: { id: moduleId, title: 'Versi dua' } }, trainer.actor)).updateCourseModule;
    const quizLesson = draft.sections[0].lessons[1];
    const settings = (await ok(t, QUIZ_SETTINGS, { lessonId: quizLesson.id }, trainer.actor)).quizSettings;
    expect(settings).toMatchObject({ editable: true, passMarkPercent: 60, timeLimitMinutes: 15 });
    expect(settings.slots).toHaveLength(5);
  });
});

describe('taking a quiz', () => {
  it('a quiz lesson cannot be marked done; startQuizAttempt needs a login and an enrolment', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-START');
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    expect(errorCode(await t.gql(START, { input: { lessonId: quizLessonId } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(START, { input: { lessonId: quizLessonId } }, someone.actor))).toBe('CONFLICT');
    expect(errorCode(await t.gql(START, { input: { lessonId: ZERO } }, someone.actor))).toBe('NOT_FOUND');
    expect(fieldErrors(await t.gql(START, { input: { lessonId: 'x' } }, someone.actor))).toEqual([{ field: 'lessonId', rule: 'isUuid' }]);
    await join(t, someone.actor, moduleId);
    expect(errorCode(await t.gql(COMPLETE, { input: { lessonId: quizLessonId } }, someone.actor))).toBe('CONFLICT');
    const first = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    expect(first).toMatchObject({ number: 1, status: 'OPEN', moduleId, lessonId: quizLessonId, deadline: null, total: null });
    expect(first.questions).toHaveLength(5);
    // Starting again resumes the same paper.
    expect((await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt.id).toBe(first.id);
  });

  it('two starts at the same moment give one attempt', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-RACE');
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const [a, b] = await Promise.all([
      t.gql(START, { input: { lessonId: quizLessonId } }, someone.actor),
      t.gql(START, { input: { lessonId: quizLessonId } }, someone.actor),
    ]);
    expect(a.data!.startQuizAttempt.id).toBe(b.data!.startQuizAttempt.id);
  });

  it('saveQuizAnswer is idempotent, keeps the newest revision, and refuses bad input and other people', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-SAVE');
    await join(t, learner.actor, moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, learner.actor)).startQuizAttempt;
    const tf = attempt.questions.find((q: Q) => q.type === 'TRUE_FALSE');
    const single = attempt.questions.find((q: Q) => q.type === 'SINGLE_CHOICE');
    const save = (extra: object) => t.gql(SAVE, { input: { attemptId: attempt.id, questionId: tf.id, ...extra } }, learner.actor);
    expect(errorCode(await t.gql(SAVE, { input: { attemptId: attempt.id, questionId: tf.id, truth: true } }))).toBe('UNAUTHENTICATED');
    const stranger = await makeUser(t.em(), [Role.LEARNER]);
    expect(errorCode(await t.gql(SAVE, { input: { attemptId: attempt.id, questionId: tf.id, truth: true } }, stranger.actor))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(ATTEMPT, { id: attempt.id }, stranger.actor))).toBe('NOT_FOUND');
    expect(fieldErrors(await save({ text: 'benar' }))).toEqual([{ field: 'text', rule: 'NOT_FOR_THIS_TYPE' }]);
    expect(
      fieldErrors(await t.gql(SAVE, { input: { attemptId: attempt.id, questionId: single.id, optionIds: ['zz'] } }, learner.actor)),
    ).toEqual([{ field: 'optionIds', rule: 'UNKNOWN_OPTION' }]);
    expect(fieldErrors(await t.gql(SAVE, { input: { attemptId: attempt.id, questionId: ZERO, truth: true } }, learner.actor))).toEqual([
      { field: 'questionId', rule: 'NOT_IN_ATTEMPT' },
    ]);
    expect((await save({ truth: false, revision: 1 })).data!.saveQuizAnswer.revision).toBe(1);
    expect((await save({ truth: true, revision: 2 })).data!.saveQuizAnswer.revision).toBe(2);
    expect((await save({ truth: true, revision: 2 })).data!.saveQuizAnswer.revision).toBe(2);
    // A save sent earlier that arrives late changes nothing.
    expect((await save({ truth: false, revision: 1 })).data!.saveQuizAnswer.revision).toBe(2);
    expect(await t.em().count(QuizAnswer, { attempt: attempt.id })).toBe(1);
    // An autosave is one statement (its own transaction), whatever the attempt holds.
    expect(
      await t.countQueries(() =>
        ok(t, SAVE, { input: { attemptId: attempt.id, questionId: tf.id, truth: true, revision: 3 } }, learner.actor),
      ),
    ).toBe(1);
    const read = (await ok(t, ATTEMPT, { id: attempt.id }, learner.actor)).quizAttempt;
    expect(read.questions.find((q: Q) => q.id === tf.id)).toMatchObject({
      response: { truth: true, optionIds: null, text: null },
      revision: 3,
    });
  });

  it('submitting scores the saved answers; the same attempt submitted twice at once gives one result; answers then stay', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-SUBMIT', { settings: { passMarkPercent: 60 } });
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    for (const q of attempt.questions.filter((x: Q) => x.type !== 'NUMERIC')) {
      await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, ...rightAnswer(q) } }, someone.actor);
    }
    const [a, b] = await Promise.all([SUBMIT, SUBMIT].map((s) => t.gql(s, { input: { attemptId: attempt.id } }, someone.actor)));
    expect(a.errors ?? b.errors).toBeUndefined();
    expect(a.data!.submitQuizAttempt.finishedAt).toBe(b.data!.submitQuizAttempt.finishedAt);
    const done = a.data!.submitQuizAttempt;
    expect(done).toMatchObject({
      status: 'FINISHED',
      finishedHow: 'SUBMITTED',
      total: { score: 6, maxScore: 7, percent: 85.71, pending: false },
      passed: true,
    });
    expect(await t.em().count(QuizAnswer, { attempt: attempt.id })).toBe(5);
    const save = await t.gql(
      SAVE,
      { input: { attemptId: attempt.id, questionId: attempt.questions[0].id, ...rightAnswer(attempt.questions[0]) } },
      someone.actor,
    );
    expect([errorCode(save), save.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'ATTEMPT_FINISHED']);
    // A finished attempt is refused as such before its input is looked at.
    const stray = await t.gql(SAVE, { input: { attemptId: attempt.id, questionId: ZERO, truth: true } }, someone.actor);
    expect([errorCode(stray), stray.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'ATTEMPT_FINISHED']);
    // Passing the quiz, the last required lesson once the text is read, completes the module and credits its JP.
    const lessons = (await ok(t, MODULE, { id: moduleId }, someone.actor)).courseModule.sections[0].lessons;
    const completion = (await ok(t, COMPLETE, { input: { lessonId: lessons[0].id } }, someone.actor)).completeLesson;
    expect(completion).toMatchObject({ moduleCompleted: true, record: { jp: 2 } });
  });

  it('a save that commits while a submit waits for the attempt is scored by that submit', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-INFLIGHT');
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    const tf = attempt.questions.find((q: Q) => q.type === 'TRUE_FALSE');
    // A save in flight: it holds the attempt as saveQuizAnswer does (shared) and has written its answer, not yet committed.
    const { release, done: save } = await heldTransaction(async (run) => {
      await run('select id from quiz_attempt where id = ? for share', [attempt.id]);
      await run(
        `insert into quiz_answer (attempt_id, question_id, response, revision, saved_at, grade_history) values (?, ?, '{"truth": true}', 1, now(), '[]')`,
        [attempt.id, tf.id],
      );
    });
    let submitted = false;
    const submit = t.gql(SUBMIT, { input: { attemptId: attempt.id } }, someone.actor).finally(() => (submitted = true));
    // The submit waits for the save's lock before anything else.
    await untilLockWaitOr(t, () => submitted);
    release();
    await save;
    const result = await submit;
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitQuizAttempt.questions.find((q: Q) => q.id === tf.id)).toMatchObject({
      response: { truth: true },
      score: 1,
      outcome: 'CORRECT',
    });
    expect(result.data!.submitQuizAttempt.total).toMatchObject({ score: 1, maxScore: 7 });
  });

  it('a save that waits for a submit holding the attempt finds it finished and changes nothing', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-SAVE-LATE');
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    const tf = attempt.questions.find((q: Q) => q.type === 'TRUE_FALSE');
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: tf.id, truth: true, revision: 1 } }, someone.actor);
    // A submit in flight: it holds the attempt's row (as submitQuizAttempt does) and finishes it when released.
    const { release, done: submit } = await heldTransaction(
      (run) => run('select id from quiz_attempt where id = ? for update', [attempt.id]),
      (run) => run(`update quiz_attempt set finished_at = now(), finished_how = 'SUBMITTED' where id = ?`, [attempt.id]),
    );
    let answered = false;
    const save = t
      .gql(SAVE, { input: { attemptId: attempt.id, questionId: tf.id, truth: false, revision: 2 } }, someone.actor)
      .finally(() => (answered = true));
    // The save waits for the submit's lock.
    await untilLockWaitOr(t, () => answered);
    expect(answered).toBe(false);
    release();
    await submit;
    const refused = await save;
    expect([errorCode(refused), refused.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'ATTEMPT_FINISHED']);
    const [kept] = await t.em().find(QuizAnswer, { attempt: attempt.id, questionId: tf.id });
    expect([kept.response, kept.revision]).toEqual([{ truth: true }, 1]);
  });

  it('a submit runs as many statements whatever the number of questions', async () => {
    const statementsOfSubmit = async (code: string, questions: object[]) => {
      const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, code, { questions });
      const someone = await makeUser(t.em(), [Role.LEARNER]);
      await join(t, someone.actor, moduleId);
      const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
      await ok(
        t,
        SAVE,
        { input: { attemptId: attempt.id, questionId: attempt.questions[0].id, ...rightAnswer(attempt.questions[0]) } },
        someone.actor,
      );
      return t.countQueries(() => ok(t, SUBMIT, { input: { attemptId: attempt.id } }, someone.actor));
    };
    const two = await statementsOfSubmit('QZ-COUNT-2', sampleQuestions('QZ-COUNT-2').slice(2, 4));
    const five = await statementsOfSubmit('QZ-COUNT-5', sampleQuestions('QZ-COUNT-5'));
    expect(five).toBe(two);
  });

  it('reading an attempt, open or finished, is one statement whatever the number of questions and answers', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-READ-COUNT');
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    const read = () => ok(t, ATTEMPT, { id: attempt.id }, someone.actor);
    expect(await t.countQueries(read)).toBe(1);
    for (const q of attempt.questions.slice(0, 3))
      await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, ...rightAnswer(q) } }, someone.actor);
    expect(await t.countQueries(read)).toBe(1);
    await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, someone.actor);
    expect(await t.countQueries(read)).toBe(1);
    expect((await read()).quizAttempt).toMatchObject({ status: 'FINISHED', total: { maxScore: 7 } });
  });

  it('the review shows the score at once and the right answers only after the quiz closes', async () => {
    const closesAt = '2026-06-30T10:00:00Z';
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-REVIEW', {
      settings: { closesAt, opensAt: '2026-06-01T00:00:00Z' },
    });
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const during = fixedClock('2026-06-10T03:00:00Z');
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor, during)).startQuizAttempt;
    const single = attempt.questions.find((q: Q) => q.type === 'SINGLE_CHOICE');
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: single.id, optionIds: ['b'] } }, someone.actor, during);
    const finished = (await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, someone.actor, during)).submitQuizAttempt;
    const reviewed = finished.questions.find((q: Q) => q.id === single.id);
    expect(finished.visibility).toEqual({ score: true, rightAnswers: false, feedback: true });
    expect(reviewed).toMatchObject({
      score: 0,
      outcome: 'INCORRECT',
      rightAnswer: null,
      feedbackHtml: ['<p>RAHASIA salah</p>', '<p>RAHASIA umpan balik umum</p>'],
    });
    const after = (await ok(t, ATTEMPT, { id: attempt.id }, someone.actor, fixedClock('2026-06-30T10:00:00Z'))).quizAttempt;
    expect(after.questions.find((q: Q) => q.id === single.id).rightAnswer).toEqual({
      optionIds: ['a'],
      truth: null,
      texts: null,
      numbers: null,
    });
    const info = (await ok(t, LESSON_QUIZ, { id: moduleId }, someone.actor, during)).courseModule.sections[0].lessons[1].quiz;
    expect(info).toMatchObject({
      questionCount: 5,
      myAttempts: [{ number: 1, status: 'FINISHED', percent: 0 }],
      myGrade: { percent: 0, passed: null },
    });
  });
});

describe('the server owns the time', () => {
  it('answers at or after the deadline are refused and the attempt is submitted at its deadline with what was saved', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-TIME', {
      settings: { timeLimitMinutes: 10, passMarkPercent: 50 },
    });
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const start = fixedClock('2026-07-01T02:00:00Z');
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor, start)).startQuizAttempt;
    expect(attempt).toMatchObject({ deadline: '2026-07-01T02:10:00.000Z', secondsLeft: 600 });
    const tf = attempt.questions.find((q: Q) => q.type === 'TRUE_FALSE');
    await ok(
      t,
      SAVE,
      { input: { attemptId: attempt.id, questionId: tf.id, truth: true } },
      someone.actor,
      fixedClock('2026-07-01T02:09:59Z'),
    );
    const late = await t.gql(
      SAVE,
      { input: { attemptId: attempt.id, questionId: tf.id, truth: false } },
      someone.actor,
      fixedClock('2026-07-01T02:10:00Z'),
    );
    expect([errorCode(late), late.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'DEADLINE_PASSED']);
    const read = (await ok(t, ATTEMPT, { id: attempt.id }, someone.actor, fixedClock('2026-07-01T05:00:00Z'))).quizAttempt;
    expect(read).toMatchObject({
      status: 'FINISHED',
      finishedHow: 'DEADLINE',
      finishedAt: '2026-07-01T02:10:00.000Z',
      total: { score: 1, maxScore: 7 },
      passed: false,
    });
    expect(read.questions.find((q: Q) => q.id === tf.id).response).toEqual({ truth: true, optionIds: null, text: null });
  });

  it('an attempt left open is submitted at its deadline by the sweep, and a submit after the deadline ends it at the deadline', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-SWEEP', { settings: { timeLimitMinutes: 5 } });
    const [one, two] = [await makeUser(t.em(), [Role.LEARNER]), await makeUser(t.em(), [Role.LEARNER])];
    const start = fixedClock('2026-07-02T02:00:00Z');
    const ids: string[] = [];
    for (const who of [one, two]) {
      await join(t, who.actor, moduleId);
      ids.push((await ok(t, START, { input: { lessonId: quizLessonId } }, who.actor, start)).startQuizAttempt.id);
    }
    expect(await finishOverdueAttempts(t.em(), fixedClock('2026-07-02T02:04:00Z'))).toBe(0);
    const submitted = (await ok(t, SUBMIT, { input: { attemptId: ids[1] } }, two.actor, fixedClock('2026-07-02T02:30:00Z')))
      .submitQuizAttempt;
    expect(submitted).toMatchObject({ finishedHow: 'DEADLINE', finishedAt: '2026-07-02T02:05:00.000Z' });
    expect(await finishOverdueAttempts(t.em(), fixedClock('2026-07-02T02:06:00Z'))).toBe(1);
    expect((await ok(t, ATTEMPT, { id: ids[0] }, one.actor)).quizAttempt).toMatchObject({
      status: 'FINISHED',
      finishedHow: 'DEADLINE',
      finishedAt: '2026-07-02T02:05:00.000Z',
    });
  });

  it('attempts are refused before the quiz opens, after it closes and beyond the attempts allowed', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-WINDOW', {
      settings: { opensAt: '2026-08-01T00:00:00Z', closesAt: '2026-08-31T00:00:00Z', attemptsAllowed: 1 },
    });
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const reason = async (at: string) =>
      (await t.gql(START, { input: { lessonId: quizLessonId } }, someone.actor, fixedClock(at))).errors?.[0].extensions?.reason;
    expect(await reason('2026-07-31T23:59:59Z')).toBe('NOT_OPEN_YET');
    expect(await reason('2026-08-31T00:00:00Z')).toBe('CLOSED');
    const during = fixedClock('2026-08-10T00:00:00Z');
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor, during)).startQuizAttempt;
    // The close time is also the attempt's deadline.
    expect(attempt.deadline).toBe('2026-08-31T00:00:00.000Z');
    await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, someone.actor, during);
    expect(await reason('2026-08-11T00:00:00Z')).toBe('NO_ATTEMPTS_LEFT');
    const info = (await ok(t, LESSON_QUIZ, { id: moduleId }, someone.actor, during)).courseModule.sections[0].lessons[1].quiz;
    expect(info.viewerCan).toEqual({ start: false, startRefusal: 'NO_ATTEMPTS_LEFT', edit: false });
  });
});

describe('completion', () => {
  it('a failed quiz leaves the lesson open; passing on a later attempt completes it (grading method HIGHEST)', async () => {
    const { moduleId, quizLessonId } = await quizModule(t, trainer.actor, 'QZ-PASS', { settings: { passMarkPercent: 80 } });
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    const first = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    expect((await ok(t, SUBMIT, { input: { attemptId: first.id } }, someone.actor)).submitQuizAttempt.passed).toBe(false);
    expect((await ok(t, LESSON_QUIZ, { id: moduleId }, someone.actor)).courseModule.myEnrollment.doneLessonIds).toEqual([]);
    const second = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    expect(second.number).toBe(2);
    for (const q of second.questions)
      await ok(t, SAVE, { input: { attemptId: second.id, questionId: q.id, ...rightAnswer(q) } }, someone.actor);
    expect((await ok(t, SUBMIT, { input: { attemptId: second.id } }, someone.actor)).submitQuizAttempt).toMatchObject({
      passed: true,
      total: { percent: 100 },
    });
    expect((await ok(t, LESSON_QUIZ, { id: moduleId }, someone.actor)).courseModule.myEnrollment.doneLessonIds).toEqual([quizLessonId]);
    expect(await t.em().count(LearningRecord, { employee: someone.user.employee!.id })).toBe(0);
  });

  it('a submit that completes the module completes the enrolment before the module-completed event, with its last activity', async () => {
    const { moduleId, quizLessonId, textLessonId } = await quizModule(t, trainer.actor, 'QZ-DONE', { settings: { passMarkPercent: 60 } });
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, moduleId);
    await ok(t, COMPLETE, { input: { lessonId: textLessonId } }, someone.actor);
    const attempt = (await ok(t, START, { input: { lessonId: quizLessonId } }, someone.actor)).startQuizAttempt;
    for (const q of attempt.questions.filter((x: Q) => x.type !== 'NUMERIC'))
      await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, ...rightAnswer(q) } }, someone.actor);
    // What the enrolment holds when the event's handlers run, inside the submit's transaction.
    const seen: { completed_at: Date | null }[] = [];
    onDomainEvent('moduleCompleted', async (payload, ctx) => {
      if (payload.moduleId !== moduleId) return;
      const rows: { completed_at: Date | null }[] = await ctx.em
        .getConnection()
        .execute(
          'select completed_at from enrollment where module_id = ? and employee_id = ?',
          [moduleId, payload.employeeId],
          'all',
          ctx.em.getTransactionContext(),
        );
      seen.push(...rows);
    });
    const at = new Date('2026-12-01T03:00:00Z');
    const done = (await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, someone.actor, fixedClock(at))).submitQuizAttempt;
    expect(done.passed).toBe(true);
    expect(seen.map((r) => new Date(r.completed_at!).toISOString())).toEqual([at.toISOString()]);
    const [enrolment]: { completed_at: Date; last_activity_at: Date }[] = await t
      .em()
      .getConnection()
      .execute('select completed_at, last_activity_at from enrollment where module_id = ? and employee_id = ?', [
        moduleId,
        someone.user.employee!.id,
      ]);
    expect([new Date(enrolment.completed_at).toISOString(), new Date(enrolment.last_activity_at).toISOString()]).toEqual([
      at.toISOString(),
      at.toISOString(),
    ]);
    expect(await t.em().count(LearningRecord, { employee: someone.user.employee!.id })).toBe(1);
  });
});
