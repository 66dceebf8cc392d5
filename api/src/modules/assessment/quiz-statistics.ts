import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { assertCan, BadInputError, NotFoundError } from '../../common/errors';
import { CourseModule, Lesson } from '../learning/course-module.entity';
import { moduleAuthorIds } from '../learning/course-module.service';
import { LessonKind } from '../learning/learning.enums';
import { learningPolicy } from '../learning/learning.policy';
import { Employee } from '../organisation/employee.entity';
import { QuizRole } from './assessment.enums';
import type { LearnerGain, ModuleLearningGain, QuizItemAnalysis, QuizItemStatistics } from './assessment.types';
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

/**
 * Each learner's pre-test and post-test grade (the quiz's grading method over their finished
 * attempts) and gain, and the gain of those who took both (`learning-gain.ts`), for the module's
 * authors and administrators. A module with several tests of a role uses the first in lesson order.
 */
export async function moduleLearningGain(em: EntityManager, actor: Actor, moduleId: string): Promise<ModuleLearningGain> {
  const module = await em.findOne(CourseModule, moduleId);
  if (!module) throw new NotFoundError('Module', moduleId);
  await assertAuthor(actor, module, 'Only the module’s authors and administrators read its learning gain');
  const lessons = await em.find(
    Lesson,
    { module, kind: LessonKind.QUIZ },
    { fields: ['id'], orderBy: { section: { sortOrder: 'asc' }, sortOrder: 'asc' } },
  );
  const quizzes = lessons.length ? await em.find(Quiz, { lesson: { $in: lessons.map((l) => l.id) } }) : [];
  const order = new Map(lessons.map((l, i) => [l.id, i]));
  quizzes.sort((a, b) => order.get(a.lesson.id)! - order.get(b.lesson.id)!);
  const pre = quizzes.find((q) => q.role === QuizRole.PRE_TEST) ?? null;
  const post = quizzes.find((q) => q.role === QuizRole.POST_TEST) ?? null;
  const tests = [pre, post].filter((q): q is Quiz => q !== null);
  const attempts = tests.length
    ? await em.find(
        QuizAttempt,
        { quiz: { $in: tests.map((q) => q.id) }, finishedAt: { $ne: null } },
        { fields: ['quiz', 'employee', 'finishedAt', 'percent', 'pending'] },
      )
    : [];
  const employeeIds = [...new Set(attempts.map((a) => a.employee.id))];
  const names = new Map(
    (employeeIds.length ? await em.find(Employee, { id: { $in: employeeIds } }, { fields: ['name'] }) : []).map((e) => [e.id, e.name]),
  );
  const grouped = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const key = `${a.quiz.id}:${a.employee.id}`;
    grouped.set(key, [...(grouped.get(key) ?? []), a]);
  }
  const gradeAt = (quiz: Quiz | null, employeeId: string) =>
    quiz ? gradeOf(quiz, grouped.get(`${quiz.id}:${employeeId}`) ?? []).percent : null;
  const learners: LearnerGain[] = employeeIds
    .map((employeeId) => {
      const p = gradeAt(pre, employeeId);
      const q = gradeAt(post, employeeId);
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
