import { CompletedGroup } from '../../../api/src/modules/assessment/evaluation.entity';
import { QuizAttempt } from '../../../api/src/modules/assessment/quiz.entity';
import { Employee } from '../../../api/src/modules/organisation/employee.entity';
import { BankQuestion } from '../../../api/src/modules/assessment/question.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { toActor } from '../../../api/src/modules/identity/identity.service';
import { setupDemoApp } from '../../support/demo-database';
import type { TestApp } from '../../support/test-app';
import { LESSON_QUIZ, ok } from './support';
import { MODULES } from '../learning/support';

let t: TestApp;
beforeAll(async () => {
  t = await setupDemoApp();
  // Loading the whole demo (200 employees, their learning, the quiz attempts) takes a while on a busy machine.
}, 240_000);
afterAll(() => t.close());

it('the demo has a published module with a pre-test and a post-test that a dozen employees took, and the demo learner has not', async () => {
  const peserta = toActor(await t.em().findOneOrFail(User, { username: 'peserta' }));
  const found = (await ok(t, MODULES, { filter: { search: 'AKH-01' } }, peserta)).courseModules.items;
  expect(found).toEqual([expect.objectContaining({ code: 'AKH-01', status: 'PUBLISHED' })]);
  const lessons = (await ok(t, LESSON_QUIZ, { id: found[0].id }, peserta)).courseModule.sections.flatMap(
    (s: { lessons: object[] }) => s.lessons,
  );
  const quizzes = lessons.filter((l: { kind: string }) => l.kind === 'QUIZ').map((l: { quiz: Record<string, unknown> }) => l.quiz);
  expect(
    quizzes.map((q: { role: string; questionCount: number; myAttempts: unknown[]; viewerCan: object }) => [
      q.role,
      q.questionCount,
      q.myAttempts.length,
      q.viewerCan,
    ]),
  ).toEqual([
    ['PRE_TEST', 6, 0, { start: false, startRefusal: 'NOT_ENROLLED', edit: false }],
    ['POST_TEST', 6, 0, { start: false, startRefusal: 'NOT_ENROLLED', edit: false }],
    ['QUIZ', 1, 0, { start: false, startRefusal: 'NOT_ENROLLED', edit: false }],
  ]);
  const attempts = await t.em().find(QuizAttempt, {}, { populate: ['quiz'] });
  expect(attempts).toHaveLength(28);
  expect(attempts.every((a) => a.finishedAt && a.finishedAt <= new Date())).toBe(true);
  const mean = (role: string) => {
    const list = attempts.filter((a) => a.quiz.getEntity().role === role).map((a) => a.percent!);
    return list.reduce((s, p) => s + p, 0) / list.length;
  };
  expect(mean('POST_TEST')).toBeGreaterThan(mean('PRE_TEST'));
  expect(await t.em().count(BankQuestion, {})).toBe(7);
});

it('the demo trainer finds reflection essays waiting in the grading queue, and one released grade that was changed with a reason', async () => {
  const pelatih = toActor(await t.em().findOneOrFail(User, { username: 'pelatih' }));
  const QUEUE = `query Q($status: GradingStatus) { gradingQueue(status: $status) { total items { quizTitle responseText released
    rubric { criteria { id } } history { reason previousScore nextScore changedByName } } } }`;
  const waiting = (await ok(t, QUEUE, {}, pelatih)).gradingQueue;
  expect(waiting.total).toBe(3);
  expect(
    waiting.items.every((i: { quizTitle: string; released: boolean }) => i.quizTitle === 'Tugas refleksi BerAKHLAK' && !i.released),
  ).toBe(true);
  expect(waiting.items[0].rubric.criteria).toHaveLength(3);
  const graded = (await ok(t, QUEUE, { status: 'GRADED' }, pelatih)).gradingQueue;
  expect(graded.total).toBe(1);
  expect(graded.items[0].history).toEqual([
    {
      reason: 'Hasil bagi layanan ternyata disebut di kalimat terakhir.',
      previousScore: 3,
      nextScore: 4,
      changedByName: expect.any(String),
    },
  ]);
});

it('the completed demo group was evaluated by three participants, so its trainer reads results, and the others are still asked', async () => {
  const em = t.em();
  const [group] = await em.find(CompletedGroup, {});
  const pelatih = toActor(await em.findOneOrFail(User, { username: 'pelatih' }));
  const RESULTS = `query R($groupId: ID!) { groupEvaluationResults(groupId: $groupId) { responses released comments } }`;
  const results = (await ok(t, RESULTS, { groupId: group.id }, pelatih)).groupEvaluationResults;
  expect(results).toMatchObject({ responses: 3, released: true });
  expect(results.comments).toContain('Studi kasus surat dinasnya sangat membantu.');
  const people = await em.find(Employee, { id: { $in: group.participantIds } }, { orderBy: { nip: 'asc' } });
  const DUE = `query { myEvaluations { dueGroups { groupId } } }`;
  const asked = async (employee: Employee) =>
    (await ok(t, DUE, {}, toActor(await em.findOneOrFail(User, { employee: employee.id })))).myEvaluations.dueGroups;
  expect(await asked(people[0])).toEqual([]);
  expect(await asked(people[people.length - 1])).toEqual([{ groupId: group.id }]);
});
