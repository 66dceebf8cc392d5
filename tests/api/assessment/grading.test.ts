import { GRADING_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import fs from 'node:fs';
import path from 'node:path';
import { fixedClock } from '../../../api/src/common/dates';
import { Role } from '../../../api/src/modules/identity/role';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { COMPLETE } from '../learning/support';
import { ATTEMPT, join, LESSON_QUIZ, MODULE, ok, quizModule, SAVE, START, SUBMIT } from './support';

const ITEM_FIELDS = `attemptId questionId moduleId moduleTitle quizTitle learnerName attemptNumber submittedAt questionType questionHtml
  graderNotesHtml responseText chosenOptionsHtml responseTruth outcome maxScore graded score feedback gradedAt released
  rubric { criteria { id title levels { id title points } } } scoring { criterionId levelId feedback }
  history { changedAt changedById changedByName reason previousScore nextScore previousFeedback nextFeedback previousScoring { levelId } nextScoring { levelId } }`;
const QUEUE = `query GradingQueue($page: PageInput) { gradingQueue(page: $page) { total offset limit items { ${ITEM_FIELDS} } } }`;
const GRADED = `query GradedResponses($page: PageInput, $status: GradingStatus) {
  gradingQueue(page: $page, status: $status) { total items { ${ITEM_FIELDS} } } }`;
const CHANGES = `query QuizAttemptChanges($id: ID!) { quizAttempt(id: $id) {
  total { score } questions { id score feedbackHtml gradeChanges { changedAt changedByName reason previousScore nextScore } } } }`;
const ITEM = `query GradingItem($attemptId: ID!, $questionId: ID!) { gradingItem(attemptId: $attemptId, questionId: $questionId) { ${ITEM_FIELDS} } }`;
const GRADE = `mutation GradeResponse($input: GradeResponseInput!) { gradeResponse(input: $input) { ${ITEM_FIELDS} } }`;

const CREATE_QUESTION = `mutation CreateQuestion($input: QuestionInput!) {
  createQuestion(input: $input) { id rubric { criteria { id title description levels { id title description points } } } } }`;

/** A grading page's query as the client sends it (the operation and its fragment, from the client's source). */
function clientGradingQuery(operation = 'query GradingQueue(', fragment = 'fragment GradingItemSummaryFields '): string {
  const source = fs.readFileSync(path.join(__dirname, '../../../client/src/modules/assessment/graphql/assessment.ts'), 'utf8');
  const documents = [...source.matchAll(/graphql\(`([^`]*)`\)/g)].map((m) => m[1]);
  const pick = (start: string) => documents.find((d) => d.trim().startsWith(start))!;
  return `${pick(operation)}\n${pick(fragment)}`;
}

const ZERO = '00000000-0000-4000-8000-000000000000';
const QUESTIONS = [
  { type: 'ESSAY', text: 'Jelaskan manfaat belajar sejawat.', points: 4, graderNotes: 'Cari contoh nyata dari unit kerja' },
  { type: 'ESSAY', text: 'Sebutkan satu nilai ASN.', points: 2 },
  { type: 'TRUE_FALSE', text: '1 JP sama dengan 45 menit', points: 1, correct: true },
];

let t: TestApp;
let trainer: TestUser;
let otherTrainer: TestUser;
let admin: TestUser;
let learner: TestUser;

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER]);
  otherTrainer = await makeUser(t.em(), [Role.TRAINER]);
  admin = await makeUser(t.em(), [Role.ADMIN]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
});
afterAll(() => t.close());

type Q = { id: string; type: string; points: number };

/** A learner's submitted attempt at a quiz of two essays and a true/false question, answered (true/false right). */
async function submitted(
  code: string,
  options: { passMarkPercent?: number; at?: string; who?: TestUser; module?: Awaited<ReturnType<typeof quizModule>> } = {},
) {
  const module =
    options.module ??
    (await quizModule(t, trainer.actor, code, { questions: QUESTIONS, settings: { passMarkPercent: options.passMarkPercent ?? 60 } }));
  const who = options.who ?? (await makeUser(t.em(), [Role.LEARNER]));
  const clock = options.at ? fixedClock(options.at) : undefined;
  await join(t, who.actor, module.moduleId);
  const attempt = (await ok(t, START, { input: { lessonId: module.quizLessonId } }, who.actor, clock)).startQuizAttempt;
  const byPoints = (points: number) => attempt.questions.find((q: Q) => q.type === 'ESSAY' && q.points === points).id as string;
  const long = byPoints(4);
  const short = byPoints(2);
  const truth = attempt.questions.find((q: Q) => q.type === 'TRUE_FALSE').id as string;
  await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: long, text: `Jawaban panjang ${code}` } }, who.actor, clock);
  await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: short, text: 'Akuntabel' } }, who.actor, clock);
  await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: truth, truth: true } }, who.actor, clock);
  const done = (await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, who.actor, clock)).submitQuizAttempt;
  return { ...module, who, attemptId: attempt.id as string, long, short, truth, done };
}

const grade = (input: object, actor = trainer.actor) => t.gql(GRADE, { input }, actor);

describe('gradingQueue and gradeResponse', () => {
  it('refuse people who are logged out, learners and trainers of other modules', async () => {
    const s = await submitted('GR-GUARD');
    const input = { attemptId: s.attemptId, questionId: s.long, score: 1 };
    expect(errorCode(await t.gql(QUEUE, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(GRADE, { input }))).toBe('UNAUTHENTICATED');
    for (const who of [learner, s.who]) {
      expect(errorCode(await t.gql(QUEUE, {}, who.actor))).toBe('FORBIDDEN');
      expect(errorCode(await grade(input, who.actor))).toBe('FORBIDDEN');
    }
    const theirs = (await ok(t, QUEUE, { page: { offset: 0, limit: 20 } }, otherTrainer.actor)).gradingQueue;
    expect(theirs.items.filter((i: { attemptId: string }) => i.attemptId === s.attemptId)).toEqual([]);
    expect(errorCode(await grade(input, otherTrainer.actor))).toBe('FORBIDDEN');
    // Nothing changed: the learner's attempt still waits.
    expect((await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt.total).toMatchObject({ pending: true, percent: null });
  });

  it('refuse scores out of range, unknown ids, open attempts and overlong comments', async () => {
    const s = await submitted('GR-BAD');
    const cases: [object, { field: string; rule: string }][] = [
      [{ score: 4.5 }, { field: 'score', rule: 'SCORE_RANGE' }],
      [{ score: -1 }, { field: 'score', rule: 'SCORE_RANGE' }],
      [{ score: 1.234 }, { field: 'score', rule: 'SCORE_RANGE' }],
      [
        { score: 1, feedback: 'x'.repeat(GRADING_LIMITS.feedbackMax + 1) },
        { field: 'feedback', rule: 'maxLength' },
      ],
      [
        { score: 1, reason: 'x'.repeat(GRADING_LIMITS.reasonMax + 1) },
        { field: 'reason', rule: 'maxLength' },
      ],
      [
        { scoring: [{ criterionId: 'a', levelId: 'b', feedback: 'x'.repeat(GRADING_LIMITS.criterionFeedbackMax + 1) }] },
        { field: 'scoring.0.feedback', rule: 'maxLength' },
      ],
    ];
    for (const [input, expected] of cases) {
      const result = await grade({ attemptId: s.attemptId, questionId: s.long, ...input });
      expect([errorCode(result), fieldErrors(result)]).toEqual(['BAD_USER_INPUT', [expected]]);
    }
    const missing = await grade({ attemptId: s.attemptId, questionId: s.long });
    expect(fieldErrors(missing)).toEqual([{ field: 'score', rule: 'REQUIRED' }]);
    const noRubric = await grade({ attemptId: s.attemptId, questionId: s.long, score: 1, scoring: [{ criterionId: 'a', levelId: 'b' }] });
    expect(fieldErrors(noRubric)).toEqual([{ field: 'scoring', rule: 'NO_RUBRIC' }]);
    expect(errorCode(await grade({ attemptId: ZERO, questionId: s.long, score: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await grade({ attemptId: s.attemptId, questionId: ZERO, score: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await grade({ attemptId: 'bukan-id', questionId: s.long, score: 1 }))).toBe('BAD_USER_INPUT');
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, s.moduleId);
    const open = (await ok(t, START, { input: { lessonId: s.quizLessonId } }, someone.actor)).startQuizAttempt;
    const result = await grade({ attemptId: open.id, questionId: open.questions[0].id, score: 0 });
    expect([errorCode(result), result.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'ATTEMPT_OPEN']);
    expect((await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt.total).toMatchObject({ pending: true, score: 1 });
  });

  it('lists waiting essays oldest first, page by page, to the module’s trainer and administrators', async () => {
    const trainerB = await makeUser(t.em(), [Role.TRAINER]);
    const module = await quizModule(t, trainerB.actor, 'GR-QUEUE', { questions: QUESTIONS, settings: { passMarkPercent: 60 } });
    const later = await submitted('GR-QUEUE', { module, at: '2026-07-02T03:00:00Z' });
    const earlier = await submitted('GR-QUEUE', { module, at: '2026-07-01T03:00:00Z' });
    const queue = (await ok(t, QUEUE, {}, trainerB.actor)).gradingQueue;
    expect(queue.total).toBe(4);
    expect(
      queue.items
        .map((i: { attemptId: string; questionId: string }) => [i.attemptId, i.questionId])
        .slice(0, 2)
        .map((x: string[]) => x[0]),
    ).toEqual([earlier.attemptId, earlier.attemptId]);
    expect(queue.items.map((i: { attemptId: string }) => i.attemptId)).toEqual([
      earlier.attemptId,
      earlier.attemptId,
      later.attemptId,
      later.attemptId,
    ]);
    const first = queue.items.find((i: { questionId: string }) => i.questionId === earlier.long);
    expect(first).toMatchObject({
      moduleId: module.moduleId,
      moduleTitle: 'Modul GR-QUEUE',
      quizTitle: 'Kuis akhir',
      learnerName: earlier.who.user.displayName,
      attemptNumber: 1,
      submittedAt: '2026-07-01T03:00:00.000Z',
      questionType: 'ESSAY',
      questionHtml: '<p>Jelaskan manfaat belajar sejawat.</p>',
      graderNotesHtml: '<p>Cari contoh nyata dari unit kerja</p>',
      responseText: 'Jawaban panjang GR-QUEUE',
      maxScore: 4,
      graded: false,
      score: null,
      released: false,
      history: [],
    });
    const second = (await ok(t, QUEUE, { page: { offset: 1, limit: 2 } }, trainerB.actor)).gradingQueue;
    expect(second).toMatchObject({ total: 4, offset: 1, limit: 2 });
    expect(second.items.map((i: { attemptId: string }) => i.attemptId)).toEqual([earlier.attemptId, later.attemptId]);
    const all = (await ok(t, QUEUE, { page: { offset: 0, limit: 20 } }, admin.actor)).gradingQueue;
    expect(all.items.filter((i: { moduleId: string }) => i.moduleId === module.moduleId)).toHaveLength(4);
    const TOTAL = `query GradingQueueTotal($page: PageInput) { gradingQueue(page: $page) { total } }`;
    for (const page of [
      { offset: 0, limit: 1000 },
      { offset: -1, limit: 10 },
    ]) {
      expect(errorCode(await t.gql(TOTAL, { page }, trainerB.actor))).toBe('BAD_USER_INPUT');
    }
  });

  it('grading the essays (two saves at once) totals the attempt, passes it and records the lesson done', async () => {
    const s = await submitted('GR-HAPPY');
    expect(s.done).toMatchObject({ total: { score: 1, maxScore: 7, percent: null, pending: true }, passed: null });
    expect((await ok(t, LESSON_QUIZ, { id: s.moduleId }, s.who.actor)).courseModule.myEnrollment.doneLessonIds).toEqual([]);
    const [a, b] = await Promise.all([
      grade({ attemptId: s.attemptId, questionId: s.long, score: 3, feedback: 'Contohnya bagus, kurang rinci.' }),
      grade({ attemptId: s.attemptId, questionId: s.short, score: 1.5 }),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    expect(a.data!.gradeResponse).toMatchObject({
      graded: true,
      score: 3,
      feedback: 'Contohnya bagus, kurang rinci.',
      released: true,
      history: [],
    });
    const waiting = (await ok(t, QUEUE, { page: { offset: 0, limit: 20 } }, trainer.actor)).gradingQueue.items;
    expect(waiting.filter((i: { attemptId: string }) => i.attemptId === s.attemptId)).toEqual([]);
    // The learner's review: the total, the essay's score and the trainer's comment (the policy shows score and feedback at once).
    const review = (await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt;
    expect(review).toMatchObject({ total: { score: 5.5, maxScore: 7, percent: 78.57, pending: false }, passed: true });
    expect(review.questions.find((q: Q) => q.id === s.long)).toMatchObject({
      graded: true,
      score: 3,
      outcome: 'PARTIAL',
      feedbackHtml: ['<p>Contohnya bagus, kurang rinci.</p>'],
    });
    const info = (await ok(t, LESSON_QUIZ, { id: s.moduleId }, s.who.actor)).courseModule;
    expect(info.myEnrollment.doneLessonIds).toEqual([s.quizLessonId]);
    expect(info.sections[0].lessons[1].quiz.myGrade).toEqual({ percent: 78.57, pending: false, passed: true });
    // Reading the text lesson, the last one, completes the module and credits its JP.
    const lessons = (await ok(t, MODULE, { id: s.moduleId }, s.who.actor)).courseModule.sections[0].lessons;
    expect((await ok(t, COMPLETE, { input: { lessonId: lessons[0].id } }, s.who.actor)).completeLesson).toMatchObject({
      moduleCompleted: true,
      record: { jp: 2 },
    });
  });

  it('a grade below the pass mark leaves the lesson open', async () => {
    const s = await submitted('GR-FAIL', { passMarkPercent: 80 });
    await ok(t, GRADE, { input: { attemptId: s.attemptId, questionId: s.long, score: 1 } }, trainer.actor);
    await ok(t, GRADE, { input: { attemptId: s.attemptId, questionId: s.short, score: 2 } }, admin.actor);
    expect((await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt).toMatchObject({
      total: { score: 4, percent: 57.14, pending: false },
      passed: false,
    });
    expect((await ok(t, LESSON_QUIZ, { id: s.moduleId }, s.who.actor)).courseModule.myEnrollment.doneLessonIds).toEqual([]);
  });

  it('changing a released grade needs a reason and keeps the history; an unchanged save leaves none', async () => {
    const s = await submitted('GR-REGRADE', { passMarkPercent: 80 });
    const base = { attemptId: s.attemptId, questionId: s.long };
    await ok(t, GRADE, { input: { ...base, score: 2, feedback: 'Kurang contoh' } }, trainer.actor);
    await ok(t, GRADE, { input: { attemptId: s.attemptId, questionId: s.short, score: 2 } }, trainer.actor);
    expect((await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt.passed).toBe(false);
    const noReason = await grade({ ...base, score: 4, reason: '  ' });
    expect([errorCode(noReason), fieldErrors(noReason)]).toEqual(['BAD_USER_INPUT', [{ field: 'reason', rule: 'REQUIRED' }]]);
    const changed = (
      await ok(t, GRADE, { input: { ...base, score: 4, feedback: 'Lengkap', reason: 'Contoh ada di lampiran' } }, admin.actor)
    ).gradeResponse;
    expect(changed).toMatchObject({ score: 4, feedback: 'Lengkap' });
    expect(changed.history).toEqual([
      {
        changedAt: expect.any(String),
        changedById: admin.user.id,
        changedByName: admin.user.displayName,
        reason: 'Contoh ada di lampiran',
        previousScore: 2,
        nextScore: 4,
        previousFeedback: 'Kurang contoh',
        nextFeedback: 'Lengkap',
        previousScoring: null,
        nextScoring: null,
      },
    ]);
    const again = (await ok(t, GRADE, { input: { ...base, score: 4, feedback: 'Lengkap' } }, trainer.actor)).gradeResponse;
    expect(again.history).toHaveLength(1);
    // A regrade of an automatically scored question is a change to a released grade too.
    const tf = await grade({ attemptId: s.attemptId, questionId: s.truth, score: 0 });
    expect(fieldErrors(tf)).toEqual([{ field: 'reason', rule: 'REQUIRED' }]);
    // The regrade raised the attempt to 7 / 7: it now passes and the lesson is done.
    expect((await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt).toMatchObject({
      total: { score: 7, percent: 100 },
      passed: true,
    });
    expect((await ok(t, LESSON_QUIZ, { id: s.moduleId }, s.who.actor)).courseModule.myEnrollment.doneLessonIds).toEqual([s.quizLessonId]);
  });

  it('an essay with a rubric is scored by one level per criterion; the learner sees the levels and the history keeps them', async () => {
    const rubric = {
      criteria: [
        {
          title: 'Contoh nyata',
          levels: [
            { title: 'Tidak ada', points: 0 },
            { title: 'Umum', points: 1 },
            { title: 'Nyata', points: 3 },
          ],
        },
        {
          title: 'Runtut',
          levels: [
            { title: 'Belum', points: 0 },
            { title: 'Ya', points: 3 },
          ],
        },
      ],
    };
    const essay = { type: 'ESSAY', text: 'Ceritakan pelayanan terbaik Anda.', points: 6 };
    const refused = [
      [
        { ...essay, points: 5, rubric },
        { field: 'rubric', rule: 'RUBRIC_POINTS' },
      ],
      [
        {
          ...essay,
          rubric: {
            criteria: [
              {
                title: 'A',
                levels: [
                  { title: 'x', points: 6 },
                  { title: 'y', points: 2 },
                ],
              },
            ],
          },
        },
        { field: 'rubric.criteria.0.levels.1.points', rule: 'POINTS_ASCENDING' },
      ],
      [
        { ...essay, rubric: { criteria: [] } },
        { field: 'rubric.criteria', rule: 'CRITERIA_COUNT' },
      ],
    ] as const;
    for (const [input, expected] of refused) {
      const result = await t.gql(CREATE_QUESTION, { input }, trainer.actor);
      expect([errorCode(result), fieldErrors(result)]).toEqual(['BAD_USER_INPUT', [expected]]);
    }
    const created = (await ok(t, CREATE_QUESTION, { input: { ...essay, rubric } }, trainer.actor)).createQuestion;
    expect(
      created.rubric.criteria.map((c: { title: string; levels: { points: number }[] }) => [c.title, c.levels.map((l) => l.points)]),
    ).toEqual([
      ['Contoh nyata', [0, 1, 3]],
      ['Runtut', [0, 3]],
    ]);

    const module = await quizModule(t, trainer.actor, 'GR-RUBRIC', {
      questions: [{ ...essay, rubric }],
      settings: { passMarkPercent: 50 },
    });
    const who = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, who.actor, module.moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: module.quizLessonId } }, who.actor)).startQuizAttempt;
    const questionId = attempt.questions[0].id;
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId, text: 'Saya membantu warga lansia mengisi formulir.' } }, who.actor);
    await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, who.actor);
    const item = (await ok(t, QUEUE, { page: { offset: 0, limit: 20 } }, trainer.actor)).gradingQueue.items.find(
      (i: { attemptId: string }) => i.attemptId === attempt.id,
    );
    expect(item).toMatchObject({ maxScore: 6, scoring: null });
    const [example, order] = item.rubric.criteria as { id: string; levels: { id: string }[] }[];
    const base = { attemptId: attempt.id, questionId };
    expect(fieldErrors(await grade({ ...base, score: 6 }))).toEqual([
      { field: 'criteria.0', rule: 'NOT_SCORED' },
      { field: 'criteria.1', rule: 'NOT_SCORED' },
    ]);
    expect(
      fieldErrors(
        await grade({
          ...base,
          scoring: [
            { criterionId: example.id, levelId: order.levels[1].id },
            { criterionId: order.id, levelId: order.levels[1].id },
          ],
        }),
      ),
    ).toEqual([{ field: 'scoring.0.levelId', rule: 'UNKNOWN_LEVEL' }]);
    const graded = (
      await ok(
        t,
        GRADE,
        {
          input: {
            ...base,
            scoring: [
              { criterionId: example.id, levelId: example.levels[1].id, feedback: 'Sebutkan tempat dan waktunya' },
              { criterionId: order.id, levelId: order.levels[1].id },
            ],
            feedback: 'Baik',
          },
        },
        trainer.actor,
      )
    ).gradeResponse;
    expect(graded).toMatchObject({
      graded: true,
      score: 4,
      released: true,
      scoring: [
        { criterionId: example.id, levelId: example.levels[1].id, feedback: 'Sebutkan tempat dan waktunya' },
        { criterionId: order.id, levelId: order.levels[1].id, feedback: null },
      ],
    });
    const review = (await ok(t, ATTEMPT, { id: attempt.id }, who.actor)).quizAttempt;
    expect(review).toMatchObject({ total: { score: 4, maxScore: 6, percent: 66.67 }, passed: true });
    expect(review.questions[0].feedbackHtml).toEqual([
      '<p><strong>Contoh nyata</strong>: Umum (1) — Sebutkan tempat dan waktunya</p>',
      '<p><strong>Runtut</strong>: Ya (3)</p>',
      '<p>Baik</p>',
    ]);
    const regrade = {
      ...base,
      scoring: [
        { criterionId: example.id, levelId: example.levels[2].id },
        { criterionId: order.id, levelId: order.levels[1].id },
      ],
      feedback: 'Baik',
    };
    expect(fieldErrors(await grade(regrade))).toEqual([{ field: 'reason', rule: 'REQUIRED' }]);
    const changed = (await ok(t, GRADE, { input: { ...regrade, reason: 'Contoh ada di paragraf kedua' } }, trainer.actor)).gradeResponse;
    expect(changed.score).toBe(6);
    expect(changed.history).toMatchObject([
      {
        previousScore: 4,
        nextScore: 6,
        previousScoring: [{ levelId: example.levels[1].id }, { levelId: order.levels[1].id }],
        nextScoring: [{ levelId: example.levels[2].id }, { levelId: order.levels[1].id }],
      },
    ]);
  });
});

describe('released grades: the graded list, changes and the learner’s history', () => {
  type Item = { attemptId: string; questionId: string };
  const mine = (items: Item[], attemptId: string) => items.filter((i) => i.attemptId === attemptId);

  it('the grading page’s own query runs at its largest page size, for every list', async () => {
    for (const status of ['WAITING', 'GRADED', 'AUTO']) {
      const result = await t.gql(clientGradingQuery(), { status, page: { offset: 0, limit: 50 } }, admin.actor);
      expect(result.errors).toBeUndefined();
    }
  });

  it('refuse people who are logged out, learners and an unknown status', async () => {
    expect(errorCode(await t.gql(GRADED, { status: 'GRADED' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(GRADED, { status: 'GRADED' }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(GRADED, { status: 'AUTO' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(GRADED, { status: 'AUTO' }, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(GRADED, { status: 'SOMETIMES' }, trainer.actor))).toBe('BAD_USER_INPUT');
  });

  it('lists the trainer’s graded responses, latest graded first, with who changed them, when and why', async () => {
    const trainerC = await makeUser(t.em(), [Role.TRAINER]);
    const module = await quizModule(t, trainerC.actor, 'GR-GRADED', { questions: QUESTIONS, settings: { passMarkPercent: 60 } });
    const s = await submitted('GR-GRADED', { module });
    const none = (await ok(t, GRADED, { status: 'GRADED' }, trainerC.actor)).gradingQueue;
    // An automatically scored answer is released at submit but not listed: only a trainer's grades are.
    expect(none).toEqual({ total: 0, items: [] });
    const at = (iso: string) => fixedClock(iso);
    await ok(t, GRADE, { input: { attemptId: s.attemptId, questionId: s.long, score: 2 } }, trainerC.actor, at('2026-07-03T02:00:00Z'));
    await ok(t, GRADE, { input: { attemptId: s.attemptId, questionId: s.short, score: 1 } }, trainerC.actor, at('2026-07-03T03:00:00Z'));
    const graded = (await ok(t, GRADED, { status: 'GRADED' }, trainerC.actor)).gradingQueue;
    expect(graded.total).toBe(2);
    expect(graded.items.map((i: Item) => i.questionId)).toEqual([s.short, s.long]);
    expect(graded.items[1]).toMatchObject({ graded: true, released: true, score: 2, gradedAt: '2026-07-03T02:00:00.000Z', history: [] });
    // The waiting list no longer has them; other trainers see none of them; administrators see them.
    expect(mine((await ok(t, QUEUE, {}, trainerC.actor)).gradingQueue.items, s.attemptId)).toEqual([]);
    expect(
      mine((await ok(t, GRADED, { status: 'GRADED', page: { offset: 0, limit: 20 } }, otherTrainer.actor)).gradingQueue.items, s.attemptId),
    ).toEqual([]);
    expect(
      mine((await ok(t, GRADED, { status: 'GRADED', page: { offset: 0, limit: 20 } }, admin.actor)).gradingQueue.items, s.attemptId),
    ).toHaveLength(2);

    const change = { attemptId: s.attemptId, questionId: s.long, score: 3.5, reason: 'Contoh kedua terlewat' };
    await ok(t, GRADE, { input: change }, trainerC.actor, at('2026-07-04T02:00:00Z'));
    const after = (await ok(t, GRADED, { status: 'GRADED' }, trainerC.actor)).gradingQueue.items;
    expect(after[0]).toMatchObject({
      questionId: s.long,
      score: 3.5,
      history: [
        {
          changedAt: '2026-07-04T02:00:00.000Z',
          changedById: trainerC.user.id,
          changedByName: trainerC.user.displayName,
          reason: 'Contoh kedua terlewat',
          previousScore: 2,
          nextScore: 3.5,
        },
      ],
    });
  });

  it('the learner sees that their released grade changed, when, by which trainer, from what to what and why; nobody else does', async () => {
    const s = await submitted('GR-HISTORY');
    const base = { attemptId: s.attemptId, questionId: s.long };
    await ok(t, GRADE, { input: { ...base, score: 1 } }, trainer.actor, fixedClock('2026-07-05T02:00:00Z'));
    const before = (await ok(t, CHANGES, { id: s.attemptId }, s.who.actor)).quizAttempt;
    expect(before.questions.find((q: Q) => q.id === s.long).gradeChanges).toEqual([]);
    await ok(
      t,
      GRADE,
      { input: { ...base, score: 3, reason: 'Dinilai ulang dengan rubrik unit' } },
      trainer.actor,
      fixedClock('2026-07-06T02:00:00Z'),
    );
    const review = (await ok(t, CHANGES, { id: s.attemptId }, s.who.actor)).quizAttempt;
    expect(review.questions.find((q: Q) => q.id === s.long)).toMatchObject({
      score: 3,
      gradeChanges: [
        {
          changedAt: '2026-07-06T02:00:00.000Z',
          changedByName: trainer.user.displayName,
          reason: 'Dinilai ulang dengan rubrik unit',
          previousScore: 1,
          nextScore: 3,
        },
      ],
    });
    // Another learner (even one in the same module) cannot read it; logged out neither.
    const other = await submitted('GR-HISTORY-2', { module: s });
    expect(errorCode(await t.gql(CHANGES, { id: s.attemptId }, other.who.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(CHANGES, { id: s.attemptId }, learner.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(CHANGES, { id: s.attemptId }))).toBe('UNAUTHENTICATED');
    expect(
      (await ok(t, CHANGES, { id: other.attemptId }, other.who.actor)).quizAttempt.questions.every(
        (q: { gradeChanges: unknown[] | null }) => !q.gradeChanges?.length,
      ),
    ).toBe(true);
  });

  it('lists automatically scored responses with the learner’s choice; an override needs a reason and the learner sees who made it', async () => {
    const trainerD = await makeUser(t.em(), [Role.TRAINER]);
    const choice = {
      type: 'SINGLE_CHOICE',
      text: 'Ibu kota Jawa Timur?',
      points: 2,
      options: [
        { id: 'a', text: 'Surabaya', fraction: 1 },
        { id: 'b', text: '**Malang**', fraction: 0 },
      ],
    };
    const module = await quizModule(t, trainerD.actor, 'GR-AUTO', { questions: [...QUESTIONS, choice], settings: { passMarkPercent: 60 } });
    const s = await submitted('GR-AUTO', { module, at: '2026-07-07T01:00:00Z' });
    const picked = (await ok(t, ATTEMPT, { id: s.attemptId }, s.who.actor)).quizAttempt.questions.find((q: Q) => q.type === 'SINGLE_CHOICE')
      .id as string;
    // The choice question was left unanswered before submit: it scored 0.
    const auto = (await ok(t, GRADED, { status: 'AUTO' }, trainerD.actor)).gradingQueue;
    expect(auto.total).toBe(2);
    expect(auto.items.map((i: Item) => i.questionId).sort()).toEqual([s.truth, picked].sort());
    expect(auto.items.find((i: Item) => i.questionId === s.truth)).toMatchObject({
      questionType: 'TRUE_FALSE',
      responseTruth: true,
      chosenOptionsHtml: null,
      outcome: 'CORRECT',
      graded: true,
      released: true,
      score: 1,
      gradedAt: null,
      history: [],
    });
    expect(auto.items.find((i: Item) => i.questionId === picked)).toMatchObject({
      chosenOptionsHtml: [],
      responseTruth: null,
      outcome: 'UNANSWERED',
      score: 0,
    });
    // Only the module's trainer and administrators see them; the essays are in the waiting list, not here.
    expect(
      mine((await ok(t, GRADED, { status: 'AUTO', page: { offset: 0, limit: 20 } }, otherTrainer.actor)).gradingQueue.items, s.attemptId),
    ).toEqual([]);
    expect(
      mine((await ok(t, GRADED, { status: 'AUTO', page: { offset: 0, limit: 20 } }, admin.actor)).gradingQueue.items, s.attemptId),
    ).toHaveLength(2);

    // An override is refused without a reason or above the question's points, and by other trainers and learners.
    const base = { attemptId: s.attemptId, questionId: s.truth };
    const noReason = await grade({ ...base, score: 0 }, trainerD.actor);
    expect([errorCode(noReason), fieldErrors(noReason)]).toEqual(['BAD_USER_INPUT', [{ field: 'reason', rule: 'REQUIRED' }]]);
    const tooMuch = await grade({ ...base, score: 2, reason: 'Terlalu tinggi' }, trainerD.actor);
    expect(fieldErrors(tooMuch)).toEqual([{ field: 'score', rule: 'SCORE_RANGE' }]);
    expect(errorCode(await grade({ ...base, score: 0, reason: 'Bukan pelatihnya' }, otherTrainer.actor))).toBe('FORBIDDEN');
    expect(errorCode(await grade({ ...base, score: 0, reason: 'Diri sendiri' }, s.who.actor))).toBe('FORBIDDEN');
    expect((await ok(t, GRADED, { status: 'AUTO' }, trainerD.actor)).gradingQueue.total).toBe(2);

    const overridden = (
      await ok(
        t,
        GRADE,
        { input: { ...base, score: 0.5, reason: 'Pernyataannya ambigu' } },
        trainerD.actor,
        fixedClock('2026-07-08T02:00:00Z'),
      )
    ).gradeResponse;
    expect(overridden).toMatchObject({
      score: 0.5,
      outcome: 'PARTIAL',
      gradedAt: '2026-07-08T02:00:00.000Z',
      history: [{ changedByName: trainerD.user.displayName, reason: 'Pernyataannya ambigu', previousScore: 1, nextScore: 0.5 }],
    });
    // It leaves the automatic list for the graded one, with its history.
    expect((await ok(t, GRADED, { status: 'AUTO' }, trainerD.actor)).gradingQueue.items.map((i: Item) => i.questionId)).toEqual([picked]);
    const graded = (await ok(t, GRADED, { status: 'GRADED' }, trainerD.actor)).gradingQueue.items;
    expect(graded).toEqual([expect.objectContaining({ questionId: s.truth, history: [expect.objectContaining({ nextScore: 0.5 })] })]);

    // The learner sees the change on their own attempt with the trainer's name; another learner cannot read it.
    const review = (await ok(t, CHANGES, { id: s.attemptId }, s.who.actor)).quizAttempt;
    expect(review.questions.find((q: Q) => q.id === s.truth)).toMatchObject({
      score: 0.5,
      gradeChanges: [
        {
          changedAt: '2026-07-08T02:00:00.000Z',
          changedByName: trainerD.user.displayName,
          reason: 'Pernyataannya ambigu',
          previousScore: 1,
          nextScore: 0.5,
        },
      ],
    });
    expect(errorCode(await t.gql(CHANGES, { id: s.attemptId }, learner.actor))).toBe('NOT_FOUND');
  });

  it('an overridden answer keeps the feedback the learner’s answer earned, followed by the trainer’s comment', async () => {
    const trainerF = await makeUser(t.em(), [Role.TRAINER]);
    const truth = { type: 'TRUE_FALSE', text: 'Satu JP sama dengan 60 menit', points: 2, correct: false, trueFeedback: 'Satu JP 45 menit' };
    const module = await quizModule(t, trainerF.actor, 'GR-KEEP', { questions: [truth], settings: { passMarkPercent: 60 } });
    const who = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, who.actor, module.moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: module.quizLessonId } }, who.actor)).startQuizAttempt;
    const questionId = attempt.questions[0].id as string;
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId, truth: true } }, who.actor);
    await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, who.actor);
    const feedbackOf = async () =>
      (await ok(t, CHANGES, { id: attempt.id }, who.actor)).quizAttempt.questions.find((q: Q) => q.id === questionId) as {
        score: number;
        feedbackHtml: string[];
      };
    expect(await feedbackOf()).toMatchObject({ score: 0, feedbackHtml: [expect.stringContaining('Satu JP 45 menit')] });

    const input = {
      attemptId: attempt.id,
      questionId,
      score: 1,
      reason: 'Soal kurang jelas',
      feedback: 'Separuh nilai karena soalnya rancu',
    };
    await ok(t, GRADE, { input }, trainerF.actor);
    const after = await feedbackOf();
    expect(after.score).toBe(1);
    expect(after.feedbackHtml).toEqual([
      expect.stringContaining('Satu JP 45 menit'),
      expect.stringContaining('Separuh nilai karena soalnya rancu'),
    ]);

    // A second change without a comment leaves the answer's own feedback alone, once.
    await ok(t, GRADE, { input: { attemptId: attempt.id, questionId, score: 2, reason: 'Setelah rapat pelatih' } }, trainerF.actor);
    expect((await feedbackOf()).feedbackHtml).toEqual([expect.stringContaining('Satu JP 45 menit')]);
  });

  it('a learner’s chosen options reach the automatic list in the order the attempt showed them', async () => {
    const trainerE = await makeUser(t.em(), [Role.TRAINER]);
    const choice = {
      type: 'MULTIPLE_CHOICE',
      text: 'Pilih nilai dasar ASN',
      points: 2,
      options: [
        { id: 'a', text: 'Berorientasi pelayanan', fraction: 0.5 },
        { id: 'b', text: 'Akuntabel', fraction: 0.5 },
        { id: 'c', text: 'Boros', fraction: -1 },
      ],
    };
    const module = await quizModule(t, trainerE.actor, 'GR-AUTO-MC', { questions: [choice], settings: { passMarkPercent: 60 } });
    const who = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, who.actor, module.moduleId);
    const attempt = (await ok(t, START, { input: { lessonId: module.quizLessonId } }, who.actor)).startQuizAttempt;
    const q = attempt.questions[0] as { id: string; options: { id: string; textHtml: string }[] };
    const chosen = q.options.filter((o) => o.textHtml.includes('Akuntabel') || o.textHtml.includes('Boros'));
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, optionIds: chosen.map((o) => o.id).reverse() } }, who.actor);
    await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, who.actor);
    const [item] = (await ok(t, GRADED, { status: 'AUTO' }, trainerE.actor)).gradingQueue.items;
    expect(item).toMatchObject({ questionType: 'MULTIPLE_CHOICE', outcome: 'INCORRECT', score: 0 });
    expect(item.chosenOptionsHtml).toEqual(chosen.map((o) => o.textHtml));
  });

  it('gradingItem gives one response with all it takes to grade it, to the module’s trainer and administrators only', async () => {
    const s = await submitted('GR-ITEM');
    const vars = { attemptId: s.attemptId, questionId: s.long };
    expect(errorCode(await t.gql(ITEM, vars))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ITEM, vars, s.who.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ITEM, vars, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ITEM, vars, otherTrainer.actor))).toBe('FORBIDDEN');
    const bad = await t.gql(ITEM, { attemptId: 'bukan-id', questionId: s.long }, trainer.actor);
    expect([errorCode(bad), fieldErrors(bad)]).toEqual(['BAD_USER_INPUT', [{ field: 'attemptId', rule: 'isUuid' }]]);
    expect(errorCode(await t.gql(ITEM, { attemptId: ZERO, questionId: s.long }, trainer.actor))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ITEM, { attemptId: s.attemptId, questionId: ZERO }, trainer.actor))).toBe('NOT_FOUND');
    // An open attempt has nothing to grade yet.
    const someone = await makeUser(t.em(), [Role.LEARNER]);
    await join(t, someone.actor, s.moduleId);
    const open = (await ok(t, START, { input: { lessonId: s.quizLessonId } }, someone.actor)).startQuizAttempt;
    expect(errorCode(await t.gql(ITEM, { attemptId: open.id, questionId: open.questions[0].id }, trainer.actor))).toBe('NOT_FOUND');

    const client = await t.gql(clientGradingQuery('query GradingItem(', 'fragment GradingItemFields '), vars, trainer.actor);
    expect(client.errors).toBeUndefined();
    expect((await ok(t, ITEM, vars, trainer.actor)).gradingItem).toMatchObject({
      attemptId: s.attemptId,
      questionId: s.long,
      quizTitle: 'Kuis akhir',
      learnerName: s.who.user.displayName,
      questionType: 'ESSAY',
      maxScore: 4,
      chosenOptionsHtml: null,
      responseTruth: null,
    });
    expect((await ok(t, ITEM, vars, admin.actor)).gradingItem).toMatchObject({
      graderNotesHtml: '<p>Cari contoh nyata dari unit kerja</p>',
      responseText: 'Jawaban panjang GR-ITEM',
      outcome: 'PENDING',
      graded: false,
    });
    const truth = (await ok(t, ITEM, { attemptId: s.attemptId, questionId: s.truth }, trainer.actor)).gradingItem;
    expect(truth).toMatchObject({ responseTruth: true, outcome: 'CORRECT', released: true, score: 1, history: [] });
  });

  it('a quiz whose review hides scores hides the changes too', async () => {
    const module = await quizModule(t, trainer.actor, 'GR-HIDDEN', {
      questions: QUESTIONS,
      settings: { passMarkPercent: 60, reviewScore: 'NEVER', reviewFeedback: 'NEVER' },
    });
    const s = await submitted('GR-HIDDEN', { module });
    const base = { attemptId: s.attemptId, questionId: s.long };
    await ok(t, GRADE, { input: { ...base, score: 1 } }, trainer.actor);
    await ok(t, GRADE, { input: { ...base, score: 2, reason: 'Salah baca' } }, trainer.actor);
    const review = (await ok(t, CHANGES, { id: s.attemptId }, s.who.actor)).quizAttempt;
    expect(review.total).toBeNull();
    expect(review.questions.find((q: Q) => q.id === s.long)).toMatchObject({ score: null, gradeChanges: null });
  });
});

describe('the grading queue’s filters by quiz and by learner', () => {
  const FILTERED = `query FilteredQueue($status: GradingStatus, $filter: GradingQueueFilter) {
    gradingQueue(status: $status, filter: $filter, page: { offset: 0, limit: 50 }) { total items { attemptId } } }`;
  const QUIZZES = `query GradingQuizzes { gradingQuizzes { lessonId title moduleTitle } }`;
  /** The attempts a list shows, each once (an attempt waits with two essays). */
  const attempts = async (status: string, filter: object, who = trainer) => [
    ...new Set(
      ((await ok(t, FILTERED, { status, filter }, who.actor)).gradingQueue.items as { attemptId: string }[]).map((i) => i.attemptId),
    ),
  ];
  /** The whole refusal of a list narrowed to a quiz: code, fields, message and where it points. */
  const refusal = async (status: string, lessonId: string, who: TestUser) => {
    const result = await t.gql(FILTERED, { status, filter: { lessonId } }, who.actor);
    expect([errorCode(result), fieldErrors(result)]).toEqual(['BAD_USER_INPUT', [{ field: 'lessonId', rule: 'NOT_FOUND' }]]);
    return result.errors;
  };
  /** A learner of this name and NIP. */
  const named = async (name: string, nip: string) =>
    makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { name, nip }) });

  it('refuse people who are logged out and learners', async () => {
    expect(errorCode(await t.gql(QUIZZES, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(QUIZZES, {}, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(FILTERED, { status: 'AUTO', filter: { search: 'Budi' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(FILTERED, { status: 'AUTO', filter: { lessonId: ZERO } }, learner.actor))).toBe('FORBIDDEN');
  });

  it('refuse an unknown quiz, an id that is not one and overlong text, naming the field', async () => {
    const cases: [object, { field: string; rule: string }][] = [
      [{ lessonId: ZERO }, { field: 'lessonId', rule: 'NOT_FOUND' }],
      [{ lessonId: 'kuis-1' }, { field: 'lessonId', rule: 'isUuid' }],
      [{ search: 'x'.repeat(LIMITS.searchMax + 1) }, { field: 'search', rule: 'maxLength' }],
    ];
    for (const [filter, expected] of cases) {
      const result = await t.gql(FILTERED, { status: 'AUTO', filter }, trainer.actor);
      expect({ filter, code: errorCode(result), fields: fieldErrors(result) }).toEqual({
        filter,
        code: 'BAD_USER_INPUT',
        fields: [expected],
      });
    }
    // The longest text is taken.
    expect(
      (await t.gql(FILTERED, { status: 'AUTO', filter: { search: 'x'.repeat(LIMITS.searchMax) } }, trainer.actor)).errors,
    ).toBeUndefined();
  });

  it('narrow every list to one of the trainer’s quizzes and to learners by name or NIP; another trainer’s quiz is neither offered nor taken', async () => {
    const trainerF = await makeUser(t.em(), [Role.TRAINER]);
    const module = (code: string, who = trainerF) =>
      quizModule(t, who.actor, code, { questions: QUESTIONS, settings: { passMarkPercent: 60 } });
    const first = await module('GF-ONE');
    const second = await module('GF-TWO');
    const theirs = await module('GF-THEIRS', otherTrainer);
    const unused = await module('GF-UNUSED');
    const sari = await submitted('GF-ONE', { module: first, who: await named('Sari Wulandari_100%', '199001012015032001') });
    const budi = await submitted('GF-TWO', { module: second, who: await named('Budi Santoso', '198502022010011002') });
    const theirAttempt = await submitted('GF-THEIRS', { module: theirs, who: await named('Sari Lestari', '199103032016042003') });

    // The options: the trainer's quizzes with finished attempts, by module; administrators see every one.
    const options = (await ok(t, QUIZZES, {}, trainerF.actor)).gradingQuizzes as { lessonId: string }[];
    expect(options).toEqual([
      { lessonId: first.quizLessonId, title: 'Kuis akhir', moduleTitle: 'Modul GF-ONE' },
      { lessonId: second.quizLessonId, title: 'Kuis akhir', moduleTitle: 'Modul GF-TWO' },
    ]);
    expect(options.map((o) => o.lessonId)).not.toContain(unused.quizLessonId);
    const all = (await ok(t, QUIZZES, {}, admin.actor)).gradingQuizzes as { lessonId: string }[];
    expect(all.map((o) => o.lessonId)).toEqual(expect.arrayContaining([first.quizLessonId, second.quizLessonId, theirs.quizLessonId]));

    for (const status of ['WAITING', 'AUTO']) {
      const list = (filter: object, who = trainerF) => attempts(status, filter, who);
      expect(await list({})).toEqual(expect.arrayContaining([sari.attemptId, budi.attemptId]));
      expect(await list({ lessonId: first.quizLessonId })).toEqual([sari.attemptId]);
      expect(await list({ lessonId: second.quizLessonId })).toEqual([budi.attemptId]);
      // By name, any part, any case; wildcards are taken literally.
      expect(await list({ search: 'santoso' })).toEqual([budi.attemptId]);
      expect(await list({ search: '_100%' })).toEqual([sari.attemptId]);
      expect(await list({ search: '%' })).toEqual([sari.attemptId]);
      // By the start of the NIP, with or without its spaces.
      expect(await list({ search: '19850202 2010' })).toEqual([budi.attemptId]);
      expect(await list({ search: '2010011002' })).toEqual([]);
      // Both at once.
      expect(await list({ lessonId: first.quizLessonId, search: 'Budi' })).toEqual([]);
      // Another trainer's quiz is refused as an unknown one, word for word; their learner is not listed;
      // the administrator finds both.
      expect(await refusal(status, theirs.quizLessonId, trainerF)).toEqual(await refusal(status, ZERO, trainerF));
      expect(await list({ search: 'Sari' })).toEqual([sari.attemptId]);
      expect(await list({ lessonId: theirs.quizLessonId }, admin)).toEqual([theirAttempt.attemptId]);
    }

    // The graded list too, once the essays are graded.
    for (const s of [sari, budi]) await ok(t, GRADE, { input: { attemptId: s.attemptId, questionId: s.long, score: 1 } }, trainerF.actor);
    expect(await attempts('GRADED', {}, trainerF)).toEqual([budi.attemptId, sari.attemptId]);
    expect(await attempts('GRADED', { lessonId: first.quizLessonId }, trainerF)).toEqual([sari.attemptId]);
    expect(await attempts('GRADED', { search: 'budi' }, trainerF)).toEqual([budi.attemptId]);
    expect(await refusal('GRADED', theirs.quizLessonId, trainerF)).toEqual(await refusal('GRADED', ZERO, trainerF));
    expect(await attempts('GRADED', { lessonId: theirs.quizLessonId }, admin)).toEqual([]);
    // A quiz of the trainer's own without finished attempts is no refusal: it lists nothing.
    expect(await attempts('GRADED', { lessonId: unused.quizLessonId }, trainerF)).toEqual([]);
  });
});
