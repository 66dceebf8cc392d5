import { LIMITS } from '@komunitas-pintar/domain';
import { Role } from '../../../api/src/modules/identity/role';
import { makeEmployee, makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { join, ok, quizModule, SAVE, START, SUBMIT } from './support';

const QUEUE = `query FilteredQueue($status: GradingStatus, $filter: GradingQueueFilter) {
  gradingQueue(status: $status, filter: $filter, page: { offset: 0, limit: 50 }) { total items { attemptId questionId learnerName quizTitle moduleTitle } } }`;
const GRADE = `mutation GradeResponse($input: GradeResponseInput!) { gradeResponse(input: $input) { graded } }`;
const QUIZZES = `query GradingQuizzes { gradingQuizzes { lessonId title moduleTitle } }`;
const ZERO = '00000000-0000-4000-8000-000000000000';
const QUESTIONS = [
  { type: 'ESSAY', text: 'Jelaskan manfaat belajar sejawat.', points: 2 },
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

/** A learner of the given name and NIP submits the module's quiz: the essay waits, the true/false is scored. */
async function submit(module: { moduleId: string; quizLessonId: string }, name: string, nip: string): Promise<string> {
  const who = await makeUser(t.em(), [Role.LEARNER], { employee: await makeEmployee(t.em(), { name, nip }) });
  await join(t, who.actor, module.moduleId);
  const attempt = (await ok(t, START, { input: { lessonId: module.quizLessonId } }, who.actor)).startQuizAttempt;
  for (const q of attempt.questions as { id: string; type: string }[]) {
    const response = q.type === 'ESSAY' ? { text: 'Belajar bersama rekan kerja.' } : { truth: true };
    await ok(t, SAVE, { input: { attemptId: attempt.id, questionId: q.id, ...response } }, who.actor);
  }
  await ok(t, SUBMIT, { input: { attemptId: attempt.id } }, who.actor);
  return attempt.id as string;
}

type Item = { attemptId: string; questionId: string; learnerName: string; quizTitle: string; moduleTitle: string };
const queue = async (actor: TestUser, status: string, filter: object): Promise<{ total: number; items: Item[] }> =>
  (await ok(t, QUEUE, { status, filter }, actor.actor)).gradingQueue;

describe('the grading queue’s filters by quiz and by learner', () => {
  it('refuse people who are logged out and learners', async () => {
    expect(errorCode(await t.gql(QUIZZES, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(QUIZZES, {}, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(QUEUE, { status: 'AUTO', filter: { search: 'Budi' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(QUEUE, { status: 'AUTO', filter: { lessonId: ZERO } }, learner.actor))).toBe('FORBIDDEN');
  });

  it('refuse an unknown quiz, an id that is not one and overlong text, naming the field', async () => {
    const cases: [object, { field: string; rule: string }][] = [
      [{ lessonId: ZERO }, { field: 'lessonId', rule: 'NOT_FOUND' }],
      [{ lessonId: 'kuis-1' }, { field: 'lessonId', rule: 'isUuid' }],
      [{ search: 'x'.repeat(LIMITS.searchMax + 1) }, { field: 'search', rule: 'maxLength' }],
    ];
    for (const [filter, expected] of cases) {
      const result = await t.gql(QUEUE, { status: 'AUTO', filter }, trainer.actor);
      expect({ filter, code: errorCode(result), fields: fieldErrors(result) }).toEqual({
        filter,
        code: 'BAD_USER_INPUT',
        fields: [expected],
      });
    }
    // The longest text is taken.
    expect(
      (await t.gql(QUEUE, { status: 'AUTO', filter: { search: 'x'.repeat(LIMITS.searchMax) } }, trainer.actor)).errors,
    ).toBeUndefined();
  });

  it('narrow every list to one of the trainer’s quizzes and to learners by name or NIP; another trainer’s quiz is neither offered nor listed', async () => {
    const first = await quizModule(t, trainer.actor, 'GF-ONE', { questions: QUESTIONS });
    const second = await quizModule(t, trainer.actor, 'GF-TWO', { questions: QUESTIONS });
    const theirs = await quizModule(t, otherTrainer.actor, 'GF-THEIRS', { questions: QUESTIONS });
    const unused = await quizModule(t, trainer.actor, 'GF-UNUSED', { questions: QUESTIONS });
    const sari = await submit(first, 'Sari Wulandari_100%', '199001012015032001');
    const budi = await submit(second, 'Budi Santoso', '198502022010011002');
    const theirAttempt = await submit(theirs, 'Sari Lestari', '199103032016042003');

    // The options: the trainer's quizzes with finished attempts, by module; administrators see every one.
    const options = (await ok(t, QUIZZES, {}, trainer.actor)).gradingQuizzes as { lessonId: string; moduleTitle: string }[];
    expect(options).toEqual([
      { lessonId: first.quizLessonId, title: 'Kuis akhir', moduleTitle: 'Modul GF-ONE' },
      { lessonId: second.quizLessonId, title: 'Kuis akhir', moduleTitle: 'Modul GF-TWO' },
    ]);
    expect(options.map((o) => o.lessonId)).not.toContain(unused.quizLessonId);
    const all = (await ok(t, QUIZZES, {}, admin.actor)).gradingQuizzes as { lessonId: string }[];
    expect(all.map((o) => o.lessonId)).toEqual(expect.arrayContaining([first.quizLessonId, second.quizLessonId, theirs.quizLessonId]));

    for (const status of ['WAITING', 'AUTO']) {
      const attempts = async (filter: object, who = trainer) => (await queue(who, status, filter)).items.map((i) => i.attemptId);
      expect(await attempts({})).toEqual(expect.arrayContaining([sari, budi]));
      expect(await attempts({ lessonId: first.quizLessonId })).toEqual([sari]);
      expect(await attempts({ lessonId: second.quizLessonId })).toEqual([budi]);
      // By name, any part, any case; wildcards are taken literally.
      expect(await attempts({ search: 'santoso' })).toEqual([budi]);
      expect(await attempts({ search: '_100%' })).toEqual([sari]);
      expect(await attempts({ search: '%' })).toEqual([sari]);
      // By the start of the NIP, with or without its spaces.
      expect(await attempts({ search: '19850202 2010' })).toEqual([budi]);
      expect(await attempts({ search: '2010011002' })).toEqual([]);
      // Both at once.
      expect(await attempts({ lessonId: first.quizLessonId, search: 'Budi' })).toEqual([]);
      // Another trainer's quiz and learner: nothing, though the administrator finds them.
      expect(await queue(trainer, status, { lessonId: theirs.quizLessonId })).toEqual({ total: 0, items: [] });
      expect(await attempts({ search: 'Sari' })).toEqual([sari]);
      expect(await attempts({ lessonId: theirs.quizLessonId }, admin)).toEqual([theirAttempt]);
    }

    // The graded list too, once the essays are graded.
    for (const attemptId of [sari, budi]) {
      const essay = (await queue(trainer, 'WAITING', {})).items.find((i) => i.attemptId === attemptId)!;
      await ok(t, GRADE, { input: { attemptId, questionId: essay.questionId, score: 1 } }, trainer.actor);
    }
    const graded = async (filter: object) => (await queue(trainer, 'GRADED', filter)).items.map((i) => i.attemptId);
    expect(await graded({})).toEqual([budi, sari]);
    expect(await graded({ lessonId: first.quizLessonId })).toEqual([sari]);
    expect(await graded({ search: 'budi' })).toEqual([budi]);
    expect(await graded({ lessonId: theirs.quizLessonId })).toEqual([]);
  });
});
