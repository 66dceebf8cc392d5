import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, type FieldError, NotFoundError } from '../../common/errors';
import type { Page, PageInput } from '../../common/paging';
import { CourseModule, Lesson } from '../learning/course-module.entity';
import { moduleAuthorIds } from '../learning/course-module.service';
import { learningPolicy } from '../learning/learning.policy';
import { renderMarkdown } from '../learning/markdown';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { employeeSearchSql } from '../organisation/employee-directory';
import { Employee } from '../organisation/employee.entity';
import { GradingStatus } from './assessment.enums';
import type { GradeResponseInput, GradingQueueFilter } from './assessment.inputs';
import type { GradingItem, GradingQuiz } from './assessment.types';
import { type Question, QuestionType } from './question';
import { gradeResponse as scoreResponse, manualGrade, manualGradeProblems } from './question-scoring';
import { attemptTotal } from './quiz-grade';
import { Quiz, QuizAnswer, QuizAttempt } from './quiz.entity';
import { problem } from './field-rules';
import { rubricView } from './question-bank.service';
import {
  type CriterionScore,
  type GradeSnapshot,
  gradeChangeProblems,
  gradeHistoryEntry,
  rubricFeedback,
  rubricScoringProblems,
  rubricTotal,
} from './rubric';
import { completeIfMet } from './finish-attempt';

const html = (markdown: string) => renderMarkdown(markdown).trim();

interface ItemContext {
  attempt: QuizAttempt;
  lesson: Lesson;
  module: CourseModule;
  learnerName: string;
  /** Display names of the users who changed grades, by user id. */
  names: Map<string, string>;
}

/** The options a learner chose, as safe HTML in the order the attempt showed them; null for other questions. */
function chosenOptions(question: Question, order: readonly string[] | undefined, chosen: readonly string[] | undefined): string[] | null {
  if (!('options' in question)) return null;
  const ids = order ?? question.options.map((o) => o.id);
  return ids.flatMap((id) => {
    const option = chosen?.includes(id) ? question.options.find((o) => o.id === id) : undefined;
    return option ? [html(option.text)] : [];
  });
}

/**
 * The feedback the learner's response earns by itself (the chosen options', the matched answer's, the
 * true/false feedback). A trainer's score replaces the automatic score, not this: the learner keeps
 * reading why the answer was right or wrong, followed by the trainer's comment. Essays have none.
 */
function automaticFeedback(question: Question, answer: QuizAnswer): string[] {
  return scoreResponse(question, answer.response).feedback;
}

/** A response as the module's authors see it to grade it. */
function gradingItem(answer: QuizAnswer, question: Question, { attempt, lesson, module, learnerName, names }: ItemContext): GradingItem {
  const result = answer.result;
  return {
    attemptId: attempt.id,
    questionId: question.id,
    moduleId: module.id,
    moduleTitle: module.title,
    quizTitle: lesson.title,
    learnerName,
    attemptNumber: attempt.number,
    submittedAt: attempt.finishedAt!,
    questionType: question.type,
    questionHtml: html(question.text),
    graderNotesHtml: question.type === QuestionType.ESSAY && question.graderNotes ? html(question.graderNotes) : null,
    responseText: answer.response.text ?? null,
    chosenOptionsHtml: chosenOptions(question, attempt.optionOrder[question.id], answer.response.optionIds),
    responseTruth: question.type === QuestionType.TRUE_FALSE ? (answer.response.truth ?? null) : null,
    outcome: result?.outcome ?? null,
    maxScore: question.points,
    rubric: question.type === QuestionType.ESSAY ? rubricView(question.rubric) : null,
    scoring: answer.gradeScoring ?? null,
    graded: !!result?.graded,
    score: result?.score ?? null,
    feedback: answer.gradeFeedback ?? null,
    gradedAt: answer.gradedAt ?? null,
    released: !!result?.graded,
    history: answer.gradeHistory.map((h) => ({
      changedAt: new Date(h.changedAt),
      changedById: h.changedBy,
      changedByName: names.get(h.changedBy) ?? '',
      reason: h.reason,
      previousScore: h.previous.score,
      nextScore: h.next.score,
      previousScoring: h.previous.scoring ? [...h.previous.scoring] : null,
      nextScoring: h.next.scoring ? [...h.next.scoring] : null,
      previousFeedback: h.previous.feedback ?? null,
      nextFeedback: h.next.feedback ?? null,
    })),
  };
}

/** The display names of the users who changed the answers' grades (one query, none without changes). */
export async function changerNames(
  em: EntityManager,
  answers: readonly Partial<Pick<QuizAnswer, 'gradeHistory'>>[],
): Promise<Map<string, string>> {
  const ids = [...new Set(answers.flatMap((a) => (a.gradeHistory ?? []).map((h) => h.changedBy)))];
  const users = ids.length ? await em.find(User, { id: { $in: ids } }, { fields: ['displayName'] }) : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}

const questionOf = (attempt: QuizAttempt, questionId: string) => attempt.paper.find((q) => q.id === questionId);

/** Limits rows of `lesson l` to the modules the viewer authors (none for administrators), with its bound value. */
function authoredBy(actor: Actor): { sql: string; params: unknown[] } {
  return hasRole(actor, Role.ADMIN)
    ? { sql: '', params: [] }
    : {
        sql: 'and exists (select 1 from course_module_author ma where ma.course_module_id = l.module_id and ma.user_id = ?)',
        params: [actor.userId],
      };
}

/**
 * The conditions of a grading queue's filter on `lesson l` and `quiz_attempt a`, with their bound
 * values. A quiz the viewer may not filter by (another trainer's module) is refused as an unknown
 * one, so the answer does not tell whether it exists.
 */
async function filterSql(
  em: EntityManager,
  filter: GradingQueueFilter,
  authored: { sql: string; params: unknown[] },
): Promise<{ sql: string; params: unknown[] }> {
  const and: string[] = [];
  const params: unknown[] = [];
  if (filter.lessonId) {
    const known = await em
      .getConnection()
      .execute(`select 1 from quiz q join lesson l on l.id = q.lesson_id where l.id = ? ${authored.sql} limit 1`, [
        filter.lessonId,
        ...authored.params,
      ]);
    if (!known.length) throw BadInputError.field('lessonId', 'NOT_FOUND', 'No quiz with this lesson id');
    and.push('and l.id = ?');
    params.push(filter.lessonId);
  }
  const search = filter.search ? employeeSearchSql(filter.search) : null;
  if (search) {
    and.push(`and exists (select 1 from employee e where e.id = a.employee_id and ${search.sql})`);
    params.push(search.value);
  }
  return { sql: and.join('\n    '), params };
}

/**
 * Responses of finished attempts in the quizzes of modules the viewer authors (every module for
 * administrators): those that wait for a trainer, the longest waiting first; those a trainer
 * graded (released to the learner), the latest graded first; or those scored automatically at
 * submit that no trainer has changed, the latest submitted first (a trainer overrides one with
 * `gradeResponse` and a reason, and it moves to the graded list with its history). The filter
 * narrows them to one quiz (an unknown one, or another trainer's, is bad input) and to learners
 * by name or the start of their NIP.
 */
export async function gradingQueue(
  em: EntityManager,
  actor: Actor,
  page: PageInput,
  status: GradingStatus = GradingStatus.WAITING,
  filter: GradingQueueFilter = {},
): Promise<Page<GradingItem>> {
  const which = {
    [GradingStatus.WAITING]: `and (qa.result->>'graded') = 'false'`,
    [GradingStatus.GRADED]: `and (qa.result->>'graded') = 'true' and qa.graded_at is not null`,
    [GradingStatus.AUTO]: `and (qa.result->>'graded') = 'true' and qa.graded_at is null`,
  }[status];
  const order = {
    [GradingStatus.WAITING]: 'a.finished_at',
    [GradingStatus.GRADED]: 'qa.graded_at desc, a.finished_at',
    [GradingStatus.AUTO]: 'a.finished_at desc',
  }[status];
  const authored = authoredBy(actor);
  const narrowed = await filterSql(em, filter, authored);
  const from = `from quiz_answer qa
    join quiz_attempt a on a.id = qa.attempt_id
    join quiz q on q.id = a.quiz_id
    join lesson l on l.id = q.lesson_id
    where a.finished_at is not null
    ${which}
    ${authored.sql}
    ${narrowed.sql}`;
  const params = [...authored.params, ...narrowed.params];
  const connection = em.getConnection();
  const [{ total }] = await connection.execute<{ total: string }[]>(`select count(*) as total ${from}`, params);
  const rows = await connection.execute<{ id: string }[]>(
    `select qa.id ${from}
     order by ${order}, a.id,
       (select p.ord from jsonb_array_elements(a.paper) with ordinality p(q, ord) where p.q->>'id' = qa.question_id::text)
     offset ? limit ?`,
    [...params, page.offset, page.limit],
  );
  const ids = rows.map((r) => r.id);
  const answers = ids.length ? await em.find(QuizAnswer, { id: { $in: ids } }) : [];
  const attempts = new Map(
    (answers.length ? await em.find(QuizAttempt, { id: { $in: answers.map((a) => a.attempt.id) } }) : []).map((a) => [a.id, a]),
  );
  const quizzes = new Map(
    (attempts.size ? await em.find(Quiz, { id: { $in: [...attempts.values()].map((a) => a.quiz.id) } }) : []).map((q) => [q.id, q]),
  );
  const lessons = new Map(
    (quizzes.size
      ? await em.find(Lesson, { id: { $in: [...quizzes.values()].map((q) => q.lesson.id) } }, { populate: ['module'] })
      : []
    ).map((l) => [l.id, l]),
  );
  const learners = new Map(
    (attempts.size
      ? await em.find(Employee, { id: { $in: [...attempts.values()].map((a) => a.employee.id) } }, { fields: ['name'] })
      : []
    ).map((e) => [e.id, e.name]),
  );
  const names = await changerNames(em, answers);
  const byId = new Map(answers.map((a) => [a.id, a]));
  const items = ids.flatMap((id) => {
    const answer = byId.get(id)!;
    const attempt = attempts.get(answer.attempt.id)!;
    const lesson = lessons.get(quizzes.get(attempt.quiz.id)!.lesson.id)!;
    const question = questionOf(attempt, answer.questionId);
    if (!question) return [];
    const context = { attempt, lesson, module: lesson.module.getEntity(), learnerName: learners.get(attempt.employee.id) ?? '', names };
    return [gradingItem(answer, question, context)];
  });
  return { items, total: Number(total), offset: page.offset, limit: page.limit };
}

/** The quizzes of modules the viewer authors (every module for administrators) that have finished attempts, by module and title. */
export async function gradingQuizzes(em: EntityManager, actor: Actor): Promise<GradingQuiz[]> {
  const authored = authoredBy(actor);
  const rows = await em.getConnection().execute<{ lesson_id: string; title: string; module_title: string }[]>(
    `select l.id as lesson_id, l.title, m.title as module_title
     from quiz q
     join lesson l on l.id = q.lesson_id
     join course_module m on m.id = l.module_id
     where exists (select 1 from quiz_attempt a where a.quiz_id = q.id and a.finished_at is not null)
     ${authored.sql}
     order by m.title, m.id, l.title, l.id`,
    authored.params,
  );
  return rows.map((r) => ({ lessonId: r.lesson_id, title: r.title, moduleTitle: r.module_title }));
}

/**
 * One response of a finished attempt as the module's authors (and administrators) see it to grade
 * it: what the grading page's dialog shows. Another module's trainer is refused; an open attempt,
 * or a question the attempt does not have, is not found.
 */
export async function gradingItemOf(em: EntityManager, actor: Actor, attemptId: string, questionId: string): Promise<GradingItem> {
  const attempt = await em.findOne(QuizAttempt, attemptId);
  if (!attempt?.finishedAt) throw new NotFoundError('Quiz attempt', attemptId);
  const quiz = await em.findOneOrFail(Quiz, attempt.quiz.id);
  const lesson = await em.findOneOrFail(Lesson, quiz.lesson.id, { populate: ['module'] });
  const module = lesson.module.getEntity();
  assertCan(learningPolicy.edit(actor, await moduleAuthorIds(module)), 'You may grade only quizzes of modules you author');
  const question = questionOf(attempt, questionId);
  const answer = question && (await em.findOne(QuizAnswer, { attempt, questionId: question.id }));
  if (!question || !answer?.result) throw new NotFoundError('Question', questionId);
  const learner = await em.findOneOrFail(Employee, attempt.employee.id, { fields: ['name'] });
  const names = await changerNames(em, [answer]);
  return gradingItem(answer, question, { attempt, lesson, module, learnerName: learner.name, names });
}

/**
 * A trainer grades one response of a finished attempt (an essay waiting for them, or a regrade of
 * any question): 0..points with a comment. The attempt's row is locked, so gradings of one attempt
 * (and a late submit) follow one another. A change to a grade the learner could already see needs
 * a reason and is kept in the response's history. The attempt's total is recomputed and, when the
 * learner's grade now meets the quiz's rule, the lesson is recorded done as on submit.
 */
export async function gradeResponse(em: EntityManager, actor: Actor, input: GradeResponseInput, clock: Clock): Promise<GradingItem> {
  return em.transactional(async (tx) => {
    const attempt = await tx.findOne(QuizAttempt, input.attemptId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!attempt) throw new NotFoundError('Quiz attempt', input.attemptId);
    const quiz = await tx.findOneOrFail(Quiz, attempt.quiz.id);
    const lesson = await tx.findOneOrFail(Lesson, quiz.lesson.id, { populate: ['module'] });
    const module = lesson.module.getEntity();
    assertCan(learningPolicy.edit(actor, await moduleAuthorIds(module)), 'You may grade only quizzes of modules you author');
    const question = questionOf(attempt, input.questionId);
    if (!question) throw new NotFoundError('Question', input.questionId);
    if (!attempt.finishedAt) {
      const error = new ConflictError('An attempt is graded once it is finished');
      error.extra.reason = 'ATTEMPT_OPEN';
      throw error;
    }
    const answers = await tx.find(QuizAnswer, { attempt });
    const answer = answers.find((a) => a.questionId === question.id);
    if (!answer?.result) throw new NotFoundError('Question', input.questionId);

    const feedback = input.feedback?.trim() || undefined;
    const rubric = question.type === QuestionType.ESSAY ? question.rubric : undefined;
    const problems: FieldError[] = [];
    let score: number;
    let scoring: CriterionScore[] | undefined;
    if (rubric) {
      scoring = (input.scoring ?? []).map((c) => ({
        criterionId: c.criterionId,
        levelId: c.levelId,
        ...(c.feedback?.trim() && { feedback: c.feedback.trim() }),
      }));
      problems.push(...rubricScoringProblems(rubric, scoring));
      score = rubricTotal(rubric, scoring).total;
    } else {
      if (input.scoring?.length) problems.push(problem('scoring', 'NO_RUBRIC', 'This question is scored without a rubric'));
      if (input.score == null) problems.push(problem('score', 'REQUIRED', 'Give a score'));
      else problems.push(...manualGradeProblems(question, input.score));
      score = input.score ?? 0;
    }
    const released = answer.result.graded;
    const previous: GradeSnapshot = {
      score: answer.result.score ?? 0,
      ...(answer.gradeScoring && { scoring: answer.gradeScoring }),
      feedback: answer.gradeFeedback ?? undefined,
    };
    const next: GradeSnapshot = { score, ...(scoring && { scoring }), feedback };
    const now = clock.now();
    const change = { released, previous, next, changedBy: actor.userId, changedAt: now, reason: input.reason ?? undefined };
    problems.push(...gradeChangeProblems(change));
    if (problems.length) throw new BadInputError(problems);

    const entry = gradeHistoryEntry(change);
    if (entry) answer.gradeHistory = [...answer.gradeHistory, entry];
    if (entry || !released) {
      Object.assign(answer, {
        result: {
          ...manualGrade(question, score),
          feedback: [...(rubric ? rubricFeedback(rubric, scoring!) : automaticFeedback(question, answer)), ...(feedback ? [feedback] : [])],
        },
        gradeScoring: scoring ?? null,
        gradeFeedback: feedback ?? null,
        gradedAt: now,
        gradedBy: tx.getReference(User, actor.userId, { wrapped: true }),
      });
      const byQuestion = new Map(answers.map((a) => [a.questionId, a.result]));
      const total = attemptTotal(attempt.paper.flatMap((q) => byQuestion.get(q.id) ?? []));
      Object.assign(attempt, { score: total.score, maxScore: total.maxScore, percent: total.percent, pending: total.pending });
      await tx.flush();
      await completeIfMet(tx, attempt, clock);
    }
    const learner = await tx.findOneOrFail(Employee, attempt.employee.id, { fields: ['name'] });
    const names = await changerNames(tx, [answer]);
    return gradingItem(answer, question, { attempt, lesson, module, learnerName: learner.name, names });
  });
}
