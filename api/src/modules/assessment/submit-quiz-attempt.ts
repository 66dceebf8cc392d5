import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { NotFoundError } from '../../common/errors';
import { recordLessonDone } from '../learning/complete-lesson';
import { AttemptEnd, QuizRole } from './assessment.enums';
import { assessmentPolicy } from './assessment.policy';
import { gradeResponse } from './question-scoring';
import { isOverdue } from './quiz-attempt';
import { attemptTotal } from './quiz-grade';
import { Quiz, QuizAnswer, QuizAttempt } from './quiz.entity';
import { gradeOf } from './quiz.service';

/**
 * Finishes an open attempt inside `tx` at `at`: scores every question of its paper from what was
 * saved (an unsaved question scores 0), keeps the results and the total, and, when the learner's
 * grade now meets the quiz's rule, records the lesson done (which may complete the module and
 * credit its JP). A pre-test is done once finished; a quiz or post-test once the grade passes.
 */
export async function finishAttempt(tx: EntityManager, attempt: QuizAttempt, at: Date, how: AttemptEnd, clock: Clock): Promise<void> {
  const answers = new Map((await tx.find(QuizAnswer, { attempt })).map((a) => [a.questionId, a]));
  const results = attempt.paper.map((question) => {
    const saved = answers.get(question.id);
    const result = gradeResponse(question, saved?.response ?? null);
    if (saved) saved.result = result;
    else tx.create(QuizAnswer, { attempt, questionId: question.id, response: {}, savedAt: at, result });
    return result;
  });
  const total = attemptTotal(results);
  Object.assign(attempt, {
    finishedAt: at,
    finishedHow: how,
    score: total.score,
    maxScore: total.maxScore,
    percent: total.percent,
    pending: total.pending,
  });
  await tx.flush();
  await completeIfMet(tx, attempt, clock);
}

/** Records the quiz lesson done when the learner's attempts meet the quiz's rule (see `finishAttempt`). */
export async function completeIfMet(tx: EntityManager, attempt: QuizAttempt, clock: Clock): Promise<void> {
  const quiz = await tx.findOneOrFail(Quiz, attempt.quiz.id);
  const attempts = await tx.find(QuizAttempt, { quiz, employee: attempt.employee.id, finishedAt: { $ne: null } });
  const met = quiz.role === QuizRole.PRE_TEST ? attempts.length > 0 : gradeOf(quiz, attempts).passed === true;
  if (!met) return;
  await recordLessonDone(
    tx,
    { employeeId: attempt.employee.id, lessonId: quiz.lesson.id, how: quiz.role === QuizRole.PRE_TEST ? 'QUIZ_FINISHED' : 'QUIZ_PASSED' },
    clock,
  );
}

/**
 * The learner submits their attempt. Idempotent: submitting a finished attempt (twice, or two
 * submits at the same moment, which wait for each other on the attempt's row) returns it as it is.
 * An attempt whose deadline has passed is finished at its deadline, with what was saved by then.
 */
export async function submitQuizAttempt(em: EntityManager, actor: Actor, attemptId: string, clock: Clock): Promise<string> {
  return em.transactional(async (tx) => {
    const attempt = await tx.findOne(QuizAttempt, attemptId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!attempt || !assessmentPolicy.takeAttempt(actor, attempt.employee.id)) throw new NotFoundError('Quiz attempt', attemptId);
    if (attempt.finishedAt) return attempt.id;
    const now = clock.now();
    const overdue = isOverdue(attempt.deadline ?? null, now);
    await finishAttempt(tx, attempt, overdue ? attempt.deadline! : now, overdue ? AttemptEnd.DEADLINE : AttemptEnd.SUBMITTED, clock);
    return attempt.id;
  });
}

/**
 * Finishes every open attempt whose deadline has passed, each at its deadline with what was saved,
 * each in its own transaction (rows another request holds are skipped: that request finishes them). Returns
 * how many it finished.
 */
export async function finishOverdueAttempts(em: EntityManager, clock: Clock, limit = 200): Promise<number> {
  const due = await em
    .fork()
    .find(QuizAttempt, { finishedAt: null, deadline: { $lte: clock.now() } }, { fields: ['id'], limit, orderBy: { deadline: 'asc' } });
  let finished = 0;
  for (const { id } of due) {
    finished += await em.fork().transactional(async (tx) => {
      const attempt = await tx.findOne(QuizAttempt, { id, finishedAt: null }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
      if (!attempt || !isOverdue(attempt.deadline ?? null, clock.now())) return 0;
      await finishAttempt(tx, attempt, attempt.deadline!, AttemptEnd.DEADLINE, clock);
      return 1;
    });
  }
  return finished;
}

/** Finishes the attempt at its deadline when it is open and overdue (before it is read or answered). */
export async function finishIfOverdue(em: EntityManager, attemptId: string, clock: Clock): Promise<void> {
  await em.transactional(async (tx) => {
    const attempt = await tx.findOne(QuizAttempt, { id: attemptId, finishedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!attempt || !isOverdue(attempt.deadline ?? null, clock.now())) return;
    await finishAttempt(tx, attempt, attempt.deadline!, AttemptEnd.DEADLINE, clock);
  });
}
