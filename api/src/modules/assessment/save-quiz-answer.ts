import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { instantOrNull, readRows } from '../../common/read-model';
import type { SaveQuizAnswerInput } from './assessment.inputs';
import { assessmentPolicy } from './assessment.policy';
import type { SavedAnswer } from './assessment.types';
import { attemptShape } from './attempt-shapes';
import { type LearnerResponse, responseProblems } from './question-scoring';
import { type AnswerRefusal, answerRefusal } from './quiz-attempt';
import { finishIfOverdue } from './finish-attempt';

/** The attempt's state now, for a save that was refused or wrote nothing. */
async function attemptState(
  em: EntityManager,
  attemptId: string,
  questionId: string,
): Promise<{ finished: boolean; deadline: Date | null; kept: { savedAt: Date; revision: number } | null } | null> {
  const [row] = await readRows<{ finished_at: unknown; deadline: unknown; saved_at: unknown; revision: number | null }>(
    em,
    `select a.finished_at, a.deadline, x.saved_at, x.revision
       from quiz_attempt a left join quiz_answer x on x.attempt_id = a.id and x.question_id = ?
      where a.id = ?`,
    [questionId, attemptId],
  );
  if (!row) return null;
  const savedAt = instantOrNull(row.saved_at);
  return {
    finished: row.finished_at != null,
    deadline: instantOrNull(row.deadline),
    kept: savedAt && row.revision != null ? { savedAt, revision: Number(row.revision) } : null,
  };
}

/**
 * Saves the learner's response to one question of their open attempt (autosave). Idempotent: the
 * same save twice leaves one answer; a save carrying an older `revision` than the kept one changes
 * nothing (saves sent out of order). Refused once the attempt is finished, and at or after its
 * deadline: the server's clock decides, and an attempt found past its deadline is finished then,
 * at its deadline, with what was saved before.
 *
 * One statement in the usual case, its own transaction: it holds the attempt's row shared while
 * it writes (a submit waits for it, and it for a submit, then finds the attempt finished and writes
 * nothing) and upserts the answer only while the attempt is open and before its deadline. The
 * attempt's learner and paper, which never change, are read once and kept (`attempt-shapes.ts`).
 */
export async function saveQuizAnswer(em: EntityManager, actor: Actor, input: SaveQuizAnswerInput, clock: Clock): Promise<SavedAnswer> {
  const response: LearnerResponse = {
    ...(input.optionIds != null && { optionIds: input.optionIds }),
    ...(input.truth != null && { truth: input.truth }),
    ...(input.text != null && { text: input.text }),
  };
  const shape = await attemptShape(em, input.attemptId);
  if (!shape || !assessmentPolicy.takeAttempt(actor, shape.employeeId)) throw new NotFoundError('Quiz attempt', input.attemptId);
  const question = shape.questions.get(input.questionId);
  const problems = question ? responseProblems(question, response) : [];
  if (!question || problems.length) {
    // A finished or overdue attempt is refused as such, whatever the input.
    const state = await attemptState(em, input.attemptId, input.questionId);
    const refusal = state && answerRefusal(state, clock.now());
    if (refusal) return refuse(em, input.attemptId, refusal, clock);
    if (!question) throw BadInputError.field('questionId', 'NOT_IN_ATTEMPT', 'This question is not part of the attempt');
    throw new BadInputError(problems);
  }
  const now = clock.now();
  const [row] = await readRows<{ finished_at: unknown; deadline: unknown; saved_at: unknown; revision: number | null }>(
    em,
    `with attempt as (select id, finished_at, deadline from quiz_attempt where id = ? for share),
     saved as (
       insert into quiz_answer (id, attempt_id, question_id, response, revision, saved_at, created_at, updated_at, grade_history)
       select gen_random_uuid(), attempt.id, ?, ?::jsonb, ?, ?, ?, ?, '[]'::jsonb
         from attempt where attempt.finished_at is null and (attempt.deadline is null or attempt.deadline > ?)
       on conflict (attempt_id, question_id) do update
         set response = excluded.response, revision = excluded.revision, saved_at = excluded.saved_at, updated_at = excluded.updated_at
         where quiz_answer.revision <= excluded.revision
       returning saved_at, revision)
     select attempt.finished_at, attempt.deadline, saved.saved_at, saved.revision from attempt left join saved on true`,
    [input.attemptId, input.questionId, JSON.stringify(response), input.revision ?? 0, now, now, now, now],
  );
  if (!row) throw new NotFoundError('Quiz attempt', input.attemptId);
  const savedAt = instantOrNull(row.saved_at);
  if (savedAt && row.revision != null) return { questionId: input.questionId, savedAt, revision: Number(row.revision) };
  const refusal = answerRefusal({ finished: row.finished_at != null, deadline: instantOrNull(row.deadline) }, now);
  if (refusal) return refuse(em, input.attemptId, refusal, clock);
  // A newer save is already kept: answer with it.
  const kept = (await attemptState(em, input.attemptId, input.questionId))?.kept;
  if (!kept) throw new NotFoundError('Quiz attempt', input.attemptId);
  return { questionId: input.questionId, ...kept };
}

/** Refuses a save: an attempt found past its deadline is finished then, at its deadline. */
async function refuse(em: EntityManager, attemptId: string, refusal: AnswerRefusal, clock: Clock): Promise<never> {
  if (refusal === 'DEADLINE_PASSED') await finishIfOverdue(em, attemptId, clock);
  const error = new ConflictError(
    refusal === 'DEADLINE_PASSED'
      ? 'The time for this attempt is up; it was submitted with the answers saved before'
      : 'This attempt is finished; its answers no longer change',
  );
  error.extra.reason = refusal;
  throw error;
}
