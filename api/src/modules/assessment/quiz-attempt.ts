/**
 * The rules of a quiz attempt that need no database: which questions an attempt gets and in what
 * order (reproducible from a seed stored on the attempt), its deadline, and whether it may start
 * or take answers now. Times come in as parameters.
 */

/**
 * A pseudo-random number generator in [0, 1) from a seed text: the same seed always gives the same
 * sequence, on every machine (a 32-bit FNV-1a hash of the seed drives mulberry32). Not for secrets.
 */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` shuffled (Fisher–Yates) by the seed: the same seed and items, the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

/** What fills a place in a quiz: one chosen question, or `count` questions drawn from a category. */
export type QuizSlot = { questionId: string } | { categoryId: string; count: number };

/** The questions and option orders of an attempt, to store on it. */
export interface AttemptLayout {
  /** In the order the learner sees them. */
  questionIds: string[];
  /** Per choice question, the option ids in the order the learner sees them. */
  optionOrder: Record<string, string[]>;
  /** Questions the categories could not supply (they hold too few unused questions). */
  shortfall: number;
}

export interface LayoutInput {
  slots: readonly QuizSlot[];
  /** The ids of the questions a category offers (order does not matter). */
  questionsInCategory: (categoryId: string) => readonly string[];
  /** The option ids of a choice question in authored order; undefined for other questions. */
  optionIdsOf: (questionId: string) => readonly string[] | undefined;
  /** The attempt's seed (store it on the attempt; any text, e.g. a random UUID). */
  seed: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/**
 * Lays out an attempt: chosen questions in place, each category slot filled with questions drawn
 * at random (never one already in the attempt), then the order shuffled if the quiz says so. Each
 * draw and each question's option order has its own stream from the seed, so a question's option
 * order does not depend on which other questions were drawn.
 */
export function layOutAttempt(input: LayoutInput): AttemptLayout {
  const used = new Set(input.slots.flatMap((slot) => ('questionId' in slot ? [slot.questionId] : [])));
  let shortfall = 0;
  const ids = input.slots.flatMap((slot, i) => {
    if ('questionId' in slot) return [slot.questionId];
    const pool = [...new Set(input.questionsInCategory(slot.categoryId))].filter((id) => !used.has(id)).sort();
    const drawn = seededShuffle(pool, `${input.seed}:slot:${i}`).slice(0, Math.max(0, slot.count));
    shortfall += Math.max(0, slot.count) - drawn.length;
    drawn.forEach((id) => used.add(id));
    return drawn;
  });
  const questionIds = input.shuffleQuestions ? seededShuffle(ids, `${input.seed}:questions`) : ids;
  const optionOrder: Record<string, string[]> = {};
  for (const id of questionIds) {
    const options = input.optionIdsOf(id);
    if (options) optionOrder[id] = input.shuffleOptions ? seededShuffle(options, `${input.seed}:options:${id}`) : [...options];
  }
  return { questionIds, optionOrder, shortfall };
}

/** The times that bound an attempt. */
export interface AttemptTiming {
  startedAt: Date;
  /** The quiz's time limit in minutes; none means no limit. */
  timeLimitMinutes?: number | null;
  /** The quiz's close time; none means it stays open. */
  closesAt?: Date | null;
}

/** When the attempt must end: the earlier of start + time limit and the quiz's close time; null when neither exists. */
export function attemptDeadline(timing: AttemptTiming): Date | null {
  const ends = [
    timing.timeLimitMinutes ? timing.startedAt.getTime() + timing.timeLimitMinutes * 60_000 : null,
    timing.closesAt ? timing.closesAt.getTime() : null,
  ].filter((t): t is number => t !== null);
  return ends.length ? new Date(Math.min(...ends)) : null;
}

/** Why a response may not be saved now. */
export type AnswerRefusal = 'ATTEMPT_FINISHED' | 'DEADLINE_PASSED';

/**
 * Whether an attempt takes a response at `now`: not once it is finished, not at or after its
 * deadline (an attempt past its deadline is to be finished with what was saved: see `isOverdue`).
 */
export function answerRefusal(attempt: { finished: boolean; deadline: Date | null }, now: Date): AnswerRefusal | null {
  if (attempt.finished) return 'ATTEMPT_FINISHED';
  return isOverdue(attempt.deadline, now) ? 'DEADLINE_PASSED' : null;
}

/** An open attempt whose deadline has come: submit it at its deadline with what was saved. */
export function isOverdue(deadline: Date | null, now: Date): boolean {
  return !!deadline && now.getTime() >= deadline.getTime();
}

/** The settings of a quiz that decide whether an attempt may start. */
export interface QuizWindow {
  opensAt?: Date | null;
  closesAt?: Date | null;
  /** Attempts each learner may make; none means unlimited. */
  attemptsAllowed?: number | null;
}

/** Why an attempt may not start now. */
export type StartRefusal = 'NOT_OPEN_YET' | 'CLOSED' | 'NO_ATTEMPTS_LEFT';

/**
 * Whether a learner who has made `attemptsMade` attempts (finished or not) may start another at
 * `now`. A learner with an open attempt resumes it instead; that is the service's call.
 */
export function startRefusal(quiz: QuizWindow, attemptsMade: number, now: Date): StartRefusal | null {
  if (quiz.opensAt && now.getTime() < quiz.opensAt.getTime()) return 'NOT_OPEN_YET';
  if (quiz.closesAt && now.getTime() >= quiz.closesAt.getTime()) return 'CLOSED';
  if (quiz.attemptsAllowed && attemptsMade >= quiz.attemptsAllowed) return 'NO_ATTEMPTS_LEFT';
  return null;
}
