import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/dates';
import { type AlongsideWrite, instant, instantOrNull, num, numOrNull, readRows } from '../../common/read-model';
import { recordLessonDone } from '../learning/complete-lesson';
import { AttemptEnd, QuizRole } from './assessment.enums';
import type { AnswerFacts, AttemptFacts, QuizFacts } from './attempt-facts';
import { rememberAttemptShape } from './attempt-shapes';
import { gradeResponse } from './question-scoring';
import { isOverdue } from './quiz-attempt';
import { attemptTotal, type FinishedAttempt, type GradingMethod } from './quiz-grade';
import { gradeOf } from './quiz.service';

/** What deciding on a quiz's completion rule reads of the quiz. */
interface QuizRule extends Pick<QuizFacts, 'role' | 'passMarkPercent'> {
  gradingMethod: GradingMethod;
  lessonId: string;
}

/** An attempt with its quiz, lesson, answers and its learner's other finished attempts at the quiz. */
export interface LoadedAttempt {
  attempt: AttemptFacts & { employeeId: string };
  quiz: QuizFacts & QuizRule;
  lesson: { id: string; title: string; moduleId: string };
  answers: AnswerFacts[];
  /** The learner's other finished attempts at the quiz, for their grade. */
  earlier: FinishedAttempt[];
  /** The display names of the users who changed the answers' grades, by user id. */
  names: Map<string, string>;
}

/** The attempt's row, locked for the rest of the transaction. */
export interface LockedAttempt {
  id: string;
  employeeId: string;
  finishedAt: Date | null;
  deadline: Date | null;
}

/**
 * Locks the attempt's row (`for update`: a submit waits for saves in flight, which hold it shared,
 * and for another submit), or skips it when another transaction holds it (`skipLocked`). Only
 * open attempts when `openOnly`. Null when there is no such row (or it was skipped).
 */
export async function lockAttempt(
  tx: EntityManager,
  attemptId: string,
  { openOnly = false, skipLocked = false } = {},
): Promise<LockedAttempt | null> {
  const [row] = await readRows<{ id: string; employee_id: string; finished_at: unknown; deadline: unknown }>(
    tx,
    `select id, employee_id, finished_at, deadline from quiz_attempt
      where id = ?${openOnly ? ' and finished_at is null' : ''} for update${skipLocked ? ' skip locked' : ''}`,
    [attemptId],
  );
  return row
    ? { id: row.id, employeeId: row.employee_id, finishedAt: instantOrNull(row.finished_at), deadline: instantOrNull(row.deadline) }
    : null;
}

/**
 * The attempt with all that finishing and showing it needs, in one statement. Run it after
 * `lockAttempt`, never in the same statement: a statement sees what was committed when it began,
 * and a save that committed while the lock was awaited must be scored.
 */
export async function loadAttempt(tx: EntityManager, attemptId: string): Promise<LoadedAttempt> {
  return (await readAttempt(tx, attemptId))!;
}

/**
 * The attempt with its quiz, lesson, answers (with their grades' history), the learner's other
 * finished attempts and the names of those who changed a grade, as plain rows in one statement;
 * null when there is no such attempt. Outside a transaction it reads what is committed, locks nothing.
 */
export async function readAttempt(em: EntityManager, attemptId: string): Promise<LoadedAttempt | null> {
  const [row] = await readRows<{
    id: string;
    employee_id: string;
    number: number;
    paper: AttemptFacts['paper'];
    option_order: Record<string, string[]>;
    started_at: unknown;
    deadline: unknown;
    finished_at: unknown;
    finished_how: AttemptEnd | null;
    score: unknown;
    max_score: unknown;
    percent: unknown;
    pending: boolean;
    role: QuizRole;
    grading_method: GradingMethod;
    pass_mark_percent: unknown;
    closes_at: unknown;
    review_score: QuizFacts['reviewScore'];
    review_right_answers: QuizFacts['reviewRightAnswers'];
    review_feedback: QuizFacts['reviewFeedback'];
    lesson_id: string;
    lesson_title: string;
    module_id: string;
    answers: AnswerFacts[];
    earlier: { finishedAt: string; percent: number | null }[];
    names: Record<string, string>;
  }>(
    em,
    `select a.id, a.employee_id, a.number, a.paper, a.option_order, a.started_at, a.deadline, a.finished_at, a.finished_how,
            a.score, a.max_score, a.percent, a.pending,
            q.role, q.grading_method, q.pass_mark_percent, q.closes_at, q.review_score, q.review_right_answers, q.review_feedback,
            l.id as lesson_id, l.title as lesson_title, l.module_id,
            coalesce((select json_agg(json_build_object('questionId', x.question_id, 'response', x.response, 'revision', x.revision,
                                                        'result', x.result, 'gradeHistory', x.grade_history))
                        from quiz_answer x where x.attempt_id = a.id), '[]'::json) as answers,
            coalesce((select json_agg(json_build_object('finishedAt', o.finished_at, 'percent', o.percent))
                        from quiz_attempt o
                       where o.quiz_id = a.quiz_id and o.employee_id = a.employee_id and o.finished_at is not null and o.id <> a.id),
                     '[]'::json) as earlier,
            coalesce((select json_object_agg(u.id, u.display_name) from app_user u
                       where u.id in (select (h.value->>'changedBy')::uuid
                                        from quiz_answer x cross join jsonb_array_elements(x.grade_history) h where x.attempt_id = a.id)),
                     '{}'::json) as names
       from quiz_attempt a join quiz q on q.id = a.quiz_id join lesson l on l.id = q.lesson_id
      where a.id = ?`,
    [attemptId],
  );
  if (!row) return null;
  // A learner who reads their open attempt saves to it next: what the saves check is kept.
  if (row.finished_at == null) rememberAttemptShape({ id: row.id, employeeId: row.employee_id, paper: row.paper });
  return {
    attempt: {
      id: row.id,
      employeeId: row.employee_id,
      number: Number(row.number),
      paper: row.paper,
      optionOrder: row.option_order,
      startedAt: instant(row.started_at),
      deadline: instantOrNull(row.deadline),
      finishedAt: instantOrNull(row.finished_at),
      finishedHow: row.finished_how,
      score: numOrNull(row.score),
      maxScore: numOrNull(row.max_score),
      percent: numOrNull(row.percent),
      pending: row.pending,
    },
    quiz: {
      role: row.role,
      gradingMethod: row.grading_method,
      passMarkPercent: numOrNull(row.pass_mark_percent),
      closesAt: instantOrNull(row.closes_at),
      reviewScore: row.review_score,
      reviewRightAnswers: row.review_right_answers,
      reviewFeedback: row.review_feedback,
      lessonId: row.lesson_id,
    },
    lesson: { id: row.lesson_id, title: row.lesson_title, moduleId: row.module_id },
    answers: row.answers,
    earlier: row.earlier.map((e) => ({ finishedAt: instant(e.finishedAt), percent: e.percent === null ? null : num(e.percent) })),
    names: new Map(Object.entries(row.names)),
  };
}

/**
 * Finishes a loaded open attempt inside `tx` at `at`: scores every question of its paper from what
 * was saved (an unsaved question scores 0), keeps the results and the total in one statement, and,
 * when the learner's grade now meets the quiz's rule, records the lesson done (which may complete
 * the module and credit its JP). A pre-test is done once finished; a quiz or post-test once the
 * grade passes. `loaded` is updated to the finished attempt. The caller holds the attempt's row lock.
 */
export async function finishLoaded(tx: EntityManager, loaded: LoadedAttempt, at: Date, how: AttemptEnd, clock: Clock): Promise<void> {
  const { attempt } = loaded;
  const saved = new Map(loaded.answers.map((a) => [a.questionId, a]));
  const results = attempt.paper.map((question) => ({
    questionId: question.id,
    result: gradeResponse(question, saved.get(question.id)?.response ?? null),
  }));
  const total = attemptTotal(results.map((r) => r.result));
  const now = clock.now();
  // The attempt's total and every question's result: saved answers get their result, unsaved
  // questions an empty answer with theirs. Sent with the lesson's completion when the grade meets
  // the quiz's rule, alone otherwise.
  const finish: AlongsideWrite = {
    ctes: `finished as (
       update quiz_attempt set finished_at = ?, finished_how = ?, score = ?, max_score = ?, percent = ?, pending = ?, updated_at = ?
        where id = ?),
     scored as (
       insert into quiz_answer (id, attempt_id, question_id, response, revision, saved_at, result, grade_history, created_at, updated_at)
       select gen_random_uuid(), ?, r.question_id, '{}'::jsonb, 0, ?, r.result, '[]'::jsonb, ?, ?
         from jsonb_to_recordset(?::jsonb) as r(question_id uuid, result jsonb)
       on conflict (attempt_id, question_id) do update set result = excluded.result, updated_at = excluded.updated_at)`,
    values: [
      at,
      how,
      total.score,
      total.maxScore,
      total.percent,
      total.pending,
      now,
      attempt.id,
      attempt.id,
      at,
      now,
      now,
      JSON.stringify(results.map((r) => ({ question_id: r.questionId, result: r.result }))),
    ],
  };
  const recorded = await recordIfMet(
    tx,
    loaded.quiz,
    attempt.employeeId,
    [...loaded.earlier, { finishedAt: at, percent: total.percent }],
    clock,
    finish,
  );
  if (!recorded) await readRows(tx, `with ${finish.ctes} select null`, finish.values);
  Object.assign(attempt, {
    finishedAt: at,
    finishedHow: how,
    score: total.score,
    maxScore: total.maxScore,
    percent: total.percent,
    pending: total.pending,
  });
  loaded.answers = [
    ...results.map(({ questionId, result }) => ({ ...(saved.get(questionId) ?? { questionId, response: {}, revision: 0 }), result })),
    ...loaded.answers.filter((a) => !attempt.paper.some((q) => q.id === a.questionId)),
  ];
}

/**
 * Records the quiz lesson done when the learner's finished attempts meet the quiz's rule (see
 * `finishLoaded`), with the caller's write `alongside`; whether it did.
 */
async function recordIfMet(
  tx: EntityManager,
  quiz: QuizRule,
  employeeId: string,
  finished: FinishedAttempt[],
  clock: Clock,
  alongside?: AlongsideWrite,
): Promise<boolean> {
  const met = quiz.role === QuizRole.PRE_TEST ? finished.length > 0 : gradeOf(quiz, finished).passed === true;
  if (!met) return false;
  await recordLessonDone(
    tx,
    { employeeId, lessonId: quiz.lessonId, how: quiz.role === QuizRole.PRE_TEST ? 'QUIZ_FINISHED' : 'QUIZ_PASSED' },
    clock,
    alongside,
  );
  return true;
}

/**
 * Records the quiz lesson done when the learner's attempts meet the quiz's rule, after a grade
 * changed (a trainer's). Reads the quiz and the learner's finished attempts as they are in `tx`.
 */
export async function completeIfMet(
  tx: EntityManager,
  attempt: { quiz: { id: string }; employee: { id: string } },
  clock: Clock,
): Promise<void> {
  const [row] = await readRows<{
    role: QuizRole;
    grading_method: GradingMethod;
    pass_mark_percent: unknown;
    lesson_id: string;
    finished: { finishedAt: string; percent: number | null }[];
  }>(
    tx,
    `select q.role, q.grading_method, q.pass_mark_percent, q.lesson_id,
            coalesce((select json_agg(json_build_object('finishedAt', a.finished_at, 'percent', a.percent))
                        from quiz_attempt a where a.quiz_id = q.id and a.employee_id = ? and a.finished_at is not null), '[]'::json) as finished
       from quiz q where q.id = ?`,
    [attempt.employee.id, attempt.quiz.id],
  );
  await recordIfMet(
    tx,
    { role: row.role, gradingMethod: row.grading_method, passMarkPercent: numOrNull(row.pass_mark_percent), lessonId: row.lesson_id },
    attempt.employee.id,
    row.finished.map((f) => ({ finishedAt: instant(f.finishedAt), percent: f.percent === null ? null : num(f.percent) })),
    clock,
  );
}

/**
 * Finishes the attempt inside `tx` if it is still open: locks its row first, so an attempt is
 * finished once whoever gets there first. `when` decides at what time and how, from the locked
 * row, or leaves it open (null). Returns whether it finished the attempt now.
 */
export async function finishAttempt(
  tx: EntityManager,
  attemptId: string,
  when: (locked: LockedAttempt) => { at: Date; how: AttemptEnd } | null,
  clock: Clock,
  { skipLocked = false } = {},
): Promise<boolean> {
  const locked = await lockAttempt(tx, attemptId, { openOnly: true, skipLocked });
  const end = locked && when(locked);
  if (!end) return false;
  await finishLoaded(tx, await loadAttempt(tx, attemptId), end.at, end.how, clock);
  return true;
}

/** At the deadline when the attempt is overdue at `now`, else not yet. */
const atDeadlineIfOverdue =
  (now: Date) =>
  (locked: LockedAttempt): { at: Date; how: AttemptEnd } | null =>
    locked.deadline && isOverdue(locked.deadline, now) ? { at: locked.deadline, how: AttemptEnd.DEADLINE } : null;

/**
 * Finishes every open attempt whose deadline has passed, each at its deadline with what was saved,
 * each in its own transaction (rows another request holds are skipped: that request finishes them). Returns
 * how many it finished.
 */
export async function finishOverdueAttempts(em: EntityManager, clock: Clock, limit = 200): Promise<number> {
  const due = await readRows<{ id: string }>(
    em.fork(),
    `select id from quiz_attempt where finished_at is null and deadline <= ? order by deadline limit ?`,
    [clock.now(), limit],
  );
  let finished = 0;
  for (const { id } of due) {
    const done = await em
      .fork()
      .transactional((tx) => finishAttempt(tx, id, atDeadlineIfOverdue(clock.now()), clock, { skipLocked: true }));
    if (done) finished++;
  }
  return finished;
}

/** Finishes the attempt at its deadline when it is open and overdue (before it is read or answered). */
export async function finishIfOverdue(em: EntityManager, attemptId: string, clock: Clock): Promise<void> {
  await em.transactional((tx) => finishAttempt(tx, attemptId, atDeadlineIfOverdue(clock.now()), clock));
}
