import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import type { SaveQuizAnswerInput } from './assessment.inputs';
import { assessmentPolicy } from './assessment.policy';
import type { SavedAnswer } from './assessment.types';
import { type LearnerResponse, responseProblems } from './question-scoring';
import { answerRefusal } from './quiz-attempt';
import { QuizAttempt } from './quiz.entity';
import { finishIfOverdue } from './finish-attempt';

/**
 * Saves the learner's response to one question of their open attempt (autosave). Idempotent: the
 * same save twice leaves one answer; a save carrying an older `revision` than the kept one changes
 * nothing (saves sent out of order). Refused once the attempt is finished, and at or after its
 * deadline: the server's clock decides, and an attempt found past its deadline is finished then,
 * at its deadline, with what was saved before.
 */
export async function saveQuizAnswer(em: EntityManager, actor: Actor, input: SaveQuizAnswerInput, clock: Clock): Promise<SavedAnswer> {
  const response: LearnerResponse = {
    ...(input.optionIds != null && { optionIds: input.optionIds }),
    ...(input.truth != null && { truth: input.truth }),
    ...(input.text != null && { text: input.text }),
  };
  const outcome = await em.transactional(async (tx) => {
    // Shared lock: saves of one attempt run side by side, a submit waits for them (and they for it).
    const attempt = await tx.findOne(QuizAttempt, input.attemptId, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!attempt || !assessmentPolicy.takeAttempt(actor, attempt.employee.id)) throw new NotFoundError('Quiz attempt', input.attemptId);
    const refusal = answerRefusal({ finished: !!attempt.finishedAt, deadline: attempt.deadline ?? null }, clock.now());
    if (refusal) return { refusal };
    const question = attempt.paper.find((q) => q.id === input.questionId);
    if (!question) throw BadInputError.field('questionId', 'NOT_IN_ATTEMPT', 'This question is not part of the attempt');
    const problems = responseProblems(question, response);
    if (problems.length) throw new BadInputError(problems);
    const now = clock.now();
    const rows: { question_id: string; saved_at: Date; revision: number }[] = await tx.getConnection().execute(
      `insert into quiz_answer (id, attempt_id, question_id, response, revision, saved_at, created_at, updated_at, grade_history)
         values (gen_random_uuid(), ?, ?, ?::jsonb, ?, ?, ?, ?, '[]'::jsonb)
       on conflict (attempt_id, question_id) do update
         set response = excluded.response, revision = excluded.revision, saved_at = excluded.saved_at, updated_at = excluded.updated_at
         where quiz_answer.revision <= excluded.revision
       returning question_id, saved_at, revision`,
      [attempt.id, question.id, JSON.stringify(response), input.revision ?? 0, now, now, now],
      'all',
      tx.getTransactionContext(),
    );
    if (rows.length) return { saved: { questionId: rows[0].question_id, savedAt: new Date(rows[0].saved_at), revision: rows[0].revision } };
    // A newer save is already kept: answer with it.
    const [kept]: { saved_at: Date; revision: number }[] = await tx
      .getConnection()
      .execute(
        'select saved_at, revision from quiz_answer where attempt_id = ? and question_id = ?',
        [attempt.id, question.id],
        'all',
        tx.getTransactionContext(),
      );
    return { saved: { questionId: question.id, savedAt: new Date(kept.saved_at), revision: kept.revision } };
  });
  if (outcome.saved) return outcome.saved;
  if (outcome.refusal === 'DEADLINE_PASSED') await finishIfOverdue(em, input.attemptId, clock);
  const error = new ConflictError(
    outcome.refusal === 'DEADLINE_PASSED'
      ? 'The time for this attempt is up; it was submitted with the answers saved before'
      : 'This attempt is finished; its answers no longer change',
  );
  error.extra.reason = outcome.refusal;
  throw error;
}
