import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { CourseModule, Lesson } from '../learning/course-module.entity';
import { moduleAuthorIds } from '../learning/course-module.service';
import { LessonKind } from '../learning/learning.enums';
import { learningPolicy } from '../learning/learning.policy';
import { Employee } from '../organisation/employee.entity';
import { QuizRole } from './assessment.enums';
import type { LearnerGain, GroupModuleGain, ModuleLearningGain, QuizItemAnalysis, QuizItemStatistics } from './assessment.types';
import { discriminationRating, itemAnalysis, type ItemScore, MIN_ATTEMPTS_FOR_DISCRIMINATION } from './item-analysis';
import { groupLearningGain, learningGain } from './learning-gain';
import type { Question } from './question';
import type { QuestionResult } from './question-scoring';
import { Quiz, QuizAttempt } from './quiz.entity';
import { gradeOf } from './quiz.service';

const firstLine = (markdown: string) =>
  markdown
    .split('\n')
    .find((l) => l.trim())
    ?.trim() ?? '';

async function assertAuthor(actor: Actor, module: CourseModule, message: string): Promise<void> {
  assertCan(learningPolicy.edit(actor, await moduleAuthorIds(module)), message);
}

/**
 * Facility and discrimination of each question of a quiz (`item-analysis.ts`), over its finished
 * attempts, for the module's authors and administrators. Responses still waiting for a trainer are
 * left out. A constant number of statements, however many attempts.
 */
export async function quizItemAnalysis(em: EntityManager, actor: Actor, lessonId: string): Promise<QuizItemAnalysis> {
  const lesson = await em.findOne(Lesson, lessonId, { populate: ['module'] });
  if (!lesson) throw new NotFoundError('Lesson', lessonId);
  await assertAuthor(actor, lesson.module.getEntity(), 'Only the module’s authors and administrators read its quiz statistics');
  if (lesson.kind !== LessonKind.QUIZ) throw BadInputError.field('lessonId', 'NOT_A_QUIZ', 'This lesson is not a quiz');
  const quiz = await em.findOne(Quiz, { lesson: lesson.id });
  const attempts = quiz
    ? await em.find(
        QuizAttempt,
        { quiz, finishedAt: { $ne: null } },
        { fields: ['id', 'paper', 'finishedAt'], orderBy: { finishedAt: 'desc', id: 'asc' } },
      )
    : [];
  const rows = attempts.length
    ? await em.getConnection().execute<{ attempt_id: string; question_id: string; result: QuestionResult | null }[]>(
        `select qa.attempt_id, qa.question_id, qa.result from quiz_answer qa
         join quiz_attempt a on a.id = qa.attempt_id
         where a.quiz_id = ? and a.finished_at is not null`,
        [quiz!.id],
      )
    : [];
  const byAttempt = new Map<string, ItemScore[]>();
  for (const row of rows) {
    if (!row.result) continue;
    const list = byAttempt.get(row.attempt_id) ?? [];
    list.push({ questionId: row.question_id, score: row.result.score, maxScore: row.result.maxScore });
    byAttempt.set(row.attempt_id, list);
  }
  const stats = new Map(itemAnalysis(attempts.map((a) => byAttempt.get(a.id) ?? [])).map((s) => [s.questionId, s]));
  // The latest paper's order first, then questions only earlier papers had (random draws).
  const questions = new Map<string, Question>();
  for (const attempt of attempts) for (const q of attempt.paper) if (!questions.has(q.id)) questions.set(q.id, q);
  const items: QuizItemStatistics[] = [...questions.values()].map((q) => {
    const s = stats.get(q.id);
    return {
      questionId: q.id,
      label: q.title?.trim() || firstLine(q.text),
      type: q.type,
      responses: s?.attempts ?? 0,
      facility: s?.facility ?? null,
      discrimination: s?.discrimination ?? null,
      rating: discriminationRating(s?.discrimination ?? null),
    };
  });
  return { lessonId: lesson.id, attempts: attempts.length, minResponses: MIN_ATTEMPTS_FOR_DISCRIMINATION, items };
}

/** A module's pre-test and post-test: the first quiz of each role in lesson order. */
interface ModuleTests {
  pre: Quiz | null;
  post: Quiz | null;
}

/** The pre-test and post-test of each module version, in a constant number of statements. */
async function testsOf(em: EntityManager, moduleIds: string[]): Promise<Map<string, ModuleTests>> {
  const tests = new Map<string, ModuleTests>(moduleIds.map((id) => [id, { pre: null, post: null }]));
  const lessons = moduleIds.length
    ? await em.find(
        Lesson,
        { module: { $in: moduleIds }, kind: LessonKind.QUIZ },
        { fields: ['id', 'module'], orderBy: { section: { sortOrder: 'asc' }, sortOrder: 'asc' } },
      )
    : [];
  const quizzes = lessons.length ? await em.find(Quiz, { lesson: { $in: lessons.map((l) => l.id) } }) : [];
  const byLesson = new Map(quizzes.map((q) => [q.lesson.id, q]));
  for (const lesson of lessons) {
    const quiz = byLesson.get(lesson.id);
    const found = tests.get(lesson.module.id)!;
    if (quiz?.role === QuizRole.PRE_TEST) found.pre ??= quiz;
    if (quiz?.role === QuizRole.POST_TEST) found.post ??= quiz;
  }
  return tests;
}

/**
 * Each learner's grade at each of the quizzes (the quiz's grading method over their finished
 * attempts), for the given learners or everyone who finished an attempt: one statement.
 */
async function gradesAt(
  em: EntityManager,
  quizzes: Quiz[],
  employeeIds: string[] | null,
): Promise<{ employeeIds: string[]; grade: (quiz: Quiz | null, employeeId: string) => number | null }> {
  const attempts =
    quizzes.length && employeeIds?.length !== 0
      ? await em.find(
          QuizAttempt,
          {
            quiz: { $in: quizzes.map((q) => q.id) },
            finishedAt: { $ne: null },
            ...(employeeIds ? { employee: { $in: employeeIds } } : {}),
          },
          { fields: ['quiz', 'employee', 'finishedAt', 'percent', 'pending'] },
        )
      : [];
  const grouped = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const key = `${a.quiz.id}:${a.employee.id}`;
    grouped.set(key, [...(grouped.get(key) ?? []), a]);
  }
  return {
    employeeIds: [...new Set(attempts.map((a) => a.employee.id))],
    grade: (quiz, employeeId) => (quiz ? gradeOf(quiz, grouped.get(`${quiz.id}:${employeeId}`) ?? []).percent : null),
  };
}

/**
 * Each learner's pre-test and post-test grade (the quiz's grading method over their finished
 * attempts) and gain, and the gain of those who took both (`learning-gain.ts`), for the module's
 * authors and administrators. A module with several tests of a role uses the first in lesson order.
 */
export async function moduleLearningGain(em: EntityManager, actor: Actor, moduleId: string): Promise<ModuleLearningGain> {
  const module = await em.findOne(CourseModule, moduleId);
  if (!module) throw new NotFoundError('Module', moduleId);
  await assertAuthor(actor, module, 'Only the module’s authors and administrators read its learning gain');
  const { pre, post } = (await testsOf(em, [module.id])).get(module.id)!;
  const { employeeIds, grade } = await gradesAt(
    em,
    [pre, post].filter((q): q is Quiz => q !== null),
    null,
  );
  const names = new Map(
    (employeeIds.length ? await em.find(Employee, { id: { $in: employeeIds } }, { fields: ['name'] }) : []).map((e) => [e.id, e.name]),
  );
  const learners: LearnerGain[] = employeeIds
    .map((employeeId) => {
      const p = grade(pre, employeeId);
      const q = grade(post, employeeId);
      const gain = p !== null && q !== null ? learningGain(p, q) : null;
      return {
        employeeId,
        name: names.get(employeeId) ?? '',
        pre: p,
        post: q,
        absoluteGain: gain?.absolute ?? null,
        normalisedGain: gain?.normalised ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.employeeId.localeCompare(b.employeeId));
  return {
    moduleId: module.id,
    preTestLessonId: pre?.lesson.id ?? null,
    postTestLessonId: post?.lesson.id ?? null,
    learners,
    summary: groupLearningGain(learners),
  };
}

/**
 * The learning gain of a set of learners (a group's participants) in each of the given module
 * versions that has both a pre-test and a post-test, in the order given; modules without both are
 * left out. Callers check access. A constant number of statements, however many modules.
 */
export async function learnersGainIn(em: EntityManager, moduleIds: string[], employeeIds: string[]): Promise<GroupModuleGain[]> {
  const tests = await testsOf(em, moduleIds);
  const tested = moduleIds.filter((id) => tests.get(id)!.pre && tests.get(id)!.post);
  if (!tested.length) return [];
  const modules = new Map((await em.find(CourseModule, { id: { $in: tested } }, { fields: ['title'] })).map((m) => [m.id, m]));
  const { grade } = await gradesAt(
    em,
    tested.flatMap((id) => [tests.get(id)!.pre!, tests.get(id)!.post!]),
    employeeIds,
  );
  return tested.map((moduleId) => {
    const { pre, post } = tests.get(moduleId)!;
    return {
      moduleId,
      title: modules.get(moduleId)?.title ?? '',
      summary: groupLearningGain(employeeIds.map((id) => ({ pre: grade(pre, id), post: grade(post, id) }))),
    };
  });
}
