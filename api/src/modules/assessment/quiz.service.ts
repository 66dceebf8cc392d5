import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { assertCan, BadInputError, ConflictError, type FieldError, NotFoundError } from '../../common/errors';
import { groupByKeys, requestLoader } from '../../common/loaders';
import { CourseModule, Lesson } from '../learning/course-module.entity';
import { moduleAuthorIds } from '../learning/course-module.service';
import { Enrollment } from '../learning/enrollment.entity';
import { LessonKind, ModuleStatus } from '../learning/learning.enums';
import { learningPolicy } from '../learning/learning.policy';
import { AttemptStatus, QuizRole } from './assessment.enums';
import type { QuizSettingsInput } from './assessment.inputs';
import { assessmentPolicy } from './assessment.policy';
import type { QuizInfo, QuizSettings, QuizSlotView } from './assessment.types';
import { bankView } from './question-bank.service';
import { BankQuestion, QuestionCategory } from './question.entity';
import { layOutAttempt, type QuizSlot, startRefusal } from './quiz-attempt';
import { type FinishedAttempt, quizGrade, passes } from './quiz-grade';
import { reviewVisibility, type ReviewPolicy } from './review-policy';
import { Quiz, QuizAttempt } from './quiz.entity';

export const reviewPolicyOf = (quiz: Pick<Quiz, 'reviewScore' | 'reviewRightAnswers' | 'reviewFeedback'>): ReviewPolicy => ({
  score: quiz.reviewScore,
  rightAnswers: quiz.reviewRightAnswers,
  feedback: quiz.reviewFeedback,
});

/** Questions a quiz's places give (a chosen question gives one). */
export const questionCount = (slots: readonly QuizSlot[]) => slots.reduce((n, s) => n + ('questionId' in s ? 1 : s.count), 0);

/**
 * The attempt paper's raw material: the questions the slots name and those of the categories they
 * draw from, as bank rows by id and category.
 */
export async function bankFor(
  em: EntityManager,
  slots: readonly QuizSlot[],
): Promise<{ byId: Map<string, BankQuestion>; inCategory: (id: string) => string[] }> {
  const questionIds = slots.flatMap((s) => ('questionId' in s ? [s.questionId] : []));
  const categoryIds = slots.flatMap((s) => ('categoryId' in s ? [s.categoryId] : []));
  const rows =
    questionIds.length || categoryIds.length
      ? await em.find(BankQuestion, { $or: [{ id: { $in: questionIds } }, { category: { $in: categoryIds } }] })
      : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inCategory = (id: string) => rows.filter((r) => r.category?.id === id).map((r) => r.id);
  return { byId, inCategory };
}

/** What a quiz lacks to be taken: places, chosen questions that exist, categories holding enough questions. */
export async function quizProblems(em: EntityManager, quiz: Quiz | null, path: string, title: string): Promise<FieldError[]> {
  if (!quiz || quiz.slots.length === 0)
    return [{ field: `${path}.quiz`, rule: 'NO_QUESTIONS', message: `Quiz "${title}" has no questions` }];
  const { byId, inCategory } = await bankFor(em, quiz.slots);
  const missing = quiz.slots.some((s) => 'questionId' in s && !byId.has(s.questionId));
  const layout = layOutAttempt({
    slots: quiz.slots.filter((s) => !('questionId' in s) || byId.has(s.questionId)),
    questionsInCategory: inCategory,
    optionIdsOf: () => undefined,
    seed: 'check',
    shuffleQuestions: false,
    shuffleOptions: false,
  });
  const problems: FieldError[] = [];
  if (missing)
    problems.push({ field: `${path}.quiz`, rule: 'QUESTION_MISSING', message: `Quiz "${title}" names a question that was deleted` });
  if (layout.shortfall)
    problems.push({
      field: `${path}.quiz`,
      rule: 'CATEGORY_TOO_SMALL',
      message: `Quiz "${title}" draws ${layout.shortfall} more questions than its categories hold`,
    });
  return problems;
}

/** The viewer's grade at a quiz from their finished attempts. */
export function gradeOf(
  quiz: Pick<Quiz, 'gradingMethod' | 'passMarkPercent'>,
  attempts: readonly Pick<QuizAttempt, 'finishedAt' | 'percent'>[],
): { percent: number | null; pending: boolean; passed: boolean | null } {
  const finished: FinishedAttempt[] = attempts
    .filter((a) => a.finishedAt)
    .map((a) => ({ finishedAt: a.finishedAt!, percent: a.percent ?? null }));
  const grade = quizGrade(quiz.gradingMethod, finished);
  return { ...grade, passed: passes(grade, quiz.passMarkPercent) };
}

/** Quiz settings (trainers) and what a learner sees of a quiz before an attempt. */
export class QuizService {
  constructor(private readonly em: EntityManager) {}

  private async quizLesson(lessonId: string): Promise<{ lesson: Lesson; module: CourseModule }> {
    const lesson = await this.em.findOne(Lesson, lessonId, { populate: ['module'] });
    if (!lesson) throw new NotFoundError('Lesson', lessonId);
    if (lesson.kind !== LessonKind.QUIZ) throw BadInputError.field('lessonId', 'NOT_A_QUIZ', 'This lesson is not a quiz');
    return { lesson, module: lesson.module.getEntity() };
  }

  private async editable(actor: Actor, lessonId: string) {
    const { lesson, module } = await this.quizLesson(lessonId);
    assertCan(learningPolicy.edit(actor, await moduleAuthorIds(module)), 'You may edit only quizzes of modules you author');
    return { lesson, module };
  }

  /** The quiz's settings and questions, for the module's authors. */
  async settings(actor: Actor, lessonId: string): Promise<QuizSettings> {
    const { lesson, module } = await this.editable(actor, lessonId);
    const quiz = (await this.em.findOne(Quiz, { lesson: lesson.id })) ?? this.em.create(Quiz, { lesson }, { persist: false });
    return this.settingsView(quiz, lesson, module);
  }

  private async settingsView(quiz: Quiz, lesson: Lesson, module: CourseModule): Promise<QuizSettings> {
    const questionIds = quiz.slots.flatMap((s) => ('questionId' in s ? [s.questionId] : []));
    const categoryIds = quiz.slots.flatMap((s) => ('categoryId' in s ? [s.categoryId] : []));
    const questions = new Map(
      (questionIds.length
        ? await this.em.find(BankQuestion, { id: { $in: questionIds } }, { populate: ['category', 'competencies'] })
        : []
      ).map((q) => [q.id, q]),
    );
    const categories = new Map(
      (categoryIds.length ? await this.em.find(QuestionCategory, { id: { $in: categoryIds } }) : []).map((c) => [c.id, c]),
    );
    const slots: QuizSlotView[] = quiz.slots.map((s) => {
      if ('questionId' in s) {
        const q = questions.get(s.questionId);
        return { question: q ? bankView(q, q.category?.getEntity() ?? null, q.competencies.getItems()) : null, category: null, count: 1 };
      }
      return { question: null, category: categories.get(s.categoryId) ?? null, count: s.count };
    });
    return {
      lessonId: lesson.id,
      moduleId: module.id,
      lessonTitle: lesson.title,
      editable: module.status === ModuleStatus.DRAFT,
      role: quiz.role,
      opensAt: quiz.opensAt ?? null,
      closesAt: quiz.closesAt ?? null,
      timeLimitMinutes: quiz.timeLimitMinutes ?? null,
      attemptsAllowed: quiz.attemptsAllowed ?? null,
      passMarkPercent: quiz.passMarkPercent ?? null,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
      gradingMethod: quiz.gradingMethod,
      review: reviewPolicyOf(quiz),
      slots,
    };
  }

  /**
   * Sets a quiz's settings and questions. Only a draft module's quizzes change (publishing a
   * module makes its quizzes what learners take); chosen questions and categories come from the
   * bank of one of the module's authors (or are already in the quiz).
   */
  async update(actor: Actor, input: QuizSettingsInput): Promise<QuizSettings> {
    const { lesson, module } = await this.editable(actor, input.lessonId);
    if (module.status !== ModuleStatus.DRAFT)
      throw new ConflictError('Only a draft version’s quiz changes: edit the module to start its next version');
    const problems: FieldError[] = [];
    if (input.opensAt && input.closesAt && input.closesAt.getTime() <= input.opensAt.getTime()) {
      problems.push({ field: 'closesAt', rule: 'CLOSES_BEFORE_OPENS', message: 'The quiz must close after it opens' });
    }
    if (input.passMarkPercent != null && Math.round(input.passMarkPercent * 100) / 100 !== input.passMarkPercent) {
      problems.push({ field: 'passMarkPercent', rule: 'TWO_DECIMALS', message: 'The pass mark has at most two decimals' });
    }
    const slots: QuizSlot[] = [];
    const seen = new Set<string>();
    input.slots.forEach((s, i) => {
      if (s.questionId && !s.categoryId) {
        if (seen.has(s.questionId))
          problems.push({ field: `slots.${i}.questionId`, rule: 'DUPLICATE', message: 'This question is already in the quiz' });
        seen.add(s.questionId);
        slots.push({ questionId: s.questionId });
      } else if (s.categoryId && !s.questionId && s.count) {
        slots.push({ categoryId: s.categoryId, count: s.count });
      } else {
        problems.push({ field: `slots.${i}`, rule: 'SLOT_SHAPE', message: 'A place is a questionId, or a categoryId with a count' });
      }
    });
    const questionIds = [...seen];
    const categoryIds = [...new Set(slots.flatMap((s) => ('categoryId' in s ? [s.categoryId] : [])))];
    // A module may have several authors: each may place questions of any author's bank, and keep
    // what the quiz already holds (an administrator may have placed questions from another bank).
    const authors = new Set(await moduleAuthorIds(module));
    const current = await this.em.findOne(Quiz, { lesson: lesson.id });
    const held = new Set(
      (current?.slots ?? []).flatMap((s) => ('questionId' in s ? [s.questionId] : 'categoryId' in s ? [s.categoryId] : [])),
    );
    const owned = (rows: { id: string; owner: { id: string } }[]) =>
      new Set(
        rows.filter((r) => assessmentPolicy.ownBankItem(actor, r.owner.id) || authors.has(r.owner.id) || held.has(r.id)).map((r) => r.id),
      );
    const ownQuestions = owned(questionIds.length ? await this.em.find(BankQuestion, { id: { $in: questionIds } }) : []);
    const ownCategories = owned(categoryIds.length ? await this.em.find(QuestionCategory, { id: { $in: categoryIds } }) : []);
    input.slots.forEach((s, i) => {
      if (s.questionId && !ownQuestions.has(s.questionId))
        problems.push({ field: `slots.${i}.questionId`, rule: 'NOT_FOUND', message: 'No question of the module’s authors has this id' });
      if (s.categoryId && !ownCategories.has(s.categoryId))
        problems.push({ field: `slots.${i}.categoryId`, rule: 'NOT_FOUND', message: 'No category of the module’s authors has this id' });
    });
    if (problems.length) throw new BadInputError(problems);
    const quiz = (await this.em.findOne(Quiz, { lesson: lesson.id })) ?? this.em.create(Quiz, { lesson });
    this.em.assign(quiz, {
      slots,
      role: input.role,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      timeLimitMinutes: input.timeLimitMinutes ?? null,
      attemptsAllowed: input.attemptsAllowed ?? null,
      passMarkPercent: input.passMarkPercent ?? null,
      shuffleQuestions: input.shuffleQuestions,
      shuffleOptions: input.shuffleOptions,
      gradingMethod: input.gradingMethod,
      reviewScore: input.reviewScore,
      reviewRightAnswers: input.reviewRightAnswers,
      reviewFeedback: input.reviewFeedback,
    });
    await this.em.flush();
    return this.settingsView(quiz, lesson, module);
  }

  /** The quiz of each of many lessons, in one query per request. */
  quizOf(lessonId: string): Promise<Quiz | null> {
    return requestLoader<string, Quiz>(this.em, 'quizOfLesson', async (ids) => {
      const rows = await this.em.find(Quiz, { lesson: { $in: [...ids] } });
      return groupByKeys(ids, rows, (q) => q.lesson.id).map((g) => g[0] ?? null);
    }).load(lessonId);
  }

  /** What the viewer sees of a QUIZ lesson's quiz: its rules, their attempts and grade, and whether they may start. */
  async info(actor: Actor, lesson: Lesson, now: Date): Promise<QuizInfo | null> {
    if (lesson.kind !== LessonKind.QUIZ) return null;
    const quiz = await this.quizOf(lesson.id);
    if (!quiz) return null;
    const attempts = actor.employeeId
      ? await requestLoader<string, QuizAttempt[]>(this.em, 'myQuizAttempts', async (ids) => {
          const rows = await this.em.find(
            QuizAttempt,
            { quiz: { $in: [...ids] }, employee: actor.employeeId },
            { orderBy: { number: 'desc' } },
          );
          return groupByKeys(ids, rows, (a) => a.quiz.id);
        })
          .load(quiz.id)
          .then((a) => a ?? [])
      : [];
    const policy = reviewPolicyOf(quiz);
    const seesScore = (finished: boolean) => reviewVisibility(policy, { attemptFinished: finished, now, closesAt: quiz.closesAt }).score;
    const enrolled = actor.employeeId
      ? !!(await requestLoader<string, Enrollment>(this.em, 'quizEnrollment', async (ids) => {
          const rows = await this.em.find(Enrollment, { employee: actor.employeeId, module: { $in: [...ids] } });
          return groupByKeys(ids, rows, (e) => e.module.id).map((g) => g[0] ?? null);
        }).load(lesson.module.id))
      : false;
    const refusal = enrolled ? startRefusal(quiz, attempts.length, now) : 'NOT_ENROLLED';
    const open = attempts.some((a) => !a.finishedAt);
    const module = (await lesson.module.load()) as CourseModule;
    return {
      id: quiz.id,
      role: quiz.role,
      opensAt: quiz.opensAt ?? null,
      closesAt: quiz.closesAt ?? null,
      timeLimitMinutes: quiz.timeLimitMinutes ?? null,
      attemptsAllowed: quiz.attemptsAllowed ?? null,
      passMarkPercent: quiz.passMarkPercent ?? null,
      gradingMethod: quiz.gradingMethod,
      questionCount: questionCount(quiz.slots),
      review: policy,
      myAttempts: attempts.map((a) => ({
        id: a.id,
        number: a.number,
        status: a.finishedAt ? AttemptStatus.FINISHED : AttemptStatus.OPEN,
        startedAt: a.startedAt,
        deadline: a.deadline ?? null,
        finishedAt: a.finishedAt ?? null,
        percent: a.finishedAt && seesScore(true) ? (a.percent ?? null) : null,
        pending: a.pending,
      })),
      myGrade:
        attempts.some((a) => a.finishedAt) && seesScore(true)
          ? { ...gradeOf(quiz, attempts), ...(quiz.passMarkPercent == null && { passed: null }) }
          : null,
      viewerCan: {
        start: open || refusal === null,
        startRefusal: open ? null : refusal,
        edit: learningPolicy.edit(actor, await moduleAuthorIds(module)),
      },
    };
  }
}

export { QuizRole };
