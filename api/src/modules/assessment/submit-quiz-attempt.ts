import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { NotFoundError } from '../../common/errors';
import { AttemptEnd } from './assessment.enums';
import { assessmentPolicy } from './assessment.policy';
import type { QuizAttemptView } from './assessment.types';
import { attemptView } from './attempt-view';
import { finishLoaded, loadAttempt, lockAttempt } from './finish-attempt';
import { isOverdue } from './quiz-attempt';

/**
 * The learner submits their attempt, and receives it as the review policy shows it. Idempotent:
 * submitting a finished attempt (twice, or two submits at the same moment, which wait for each
 * other on the attempt's row) returns it as it is. An attempt whose deadline has passed is
 * finished at its deadline, with what was saved by then. Reads what it needs once, after the lock.
 */
export async function submitQuizAttempt(em: EntityManager, actor: Actor, attemptId: string, clock: Clock): Promise<QuizAttemptView> {
  const loaded = await em.transactional(async (tx) => {
    const locked = await lockAttempt(tx, attemptId);
    if (!locked || !assessmentPolicy.takeAttempt(actor, locked.employeeId)) throw new NotFoundError('Quiz attempt', attemptId);
    const attempt = await loadAttempt(tx, attemptId);
    if (locked.finishedAt) return attempt;
    const now = clock.now();
    const overdue = isOverdue(locked.deadline, now);
    await finishLoaded(tx, attempt, overdue ? locked.deadline! : now, overdue ? AttemptEnd.DEADLINE : AttemptEnd.SUBMITTED, clock);
    return attempt;
  });
  return attemptView(loaded.attempt, loaded.quiz, loaded.lesson, loaded.answers, clock.now(), loaded.names);
}
