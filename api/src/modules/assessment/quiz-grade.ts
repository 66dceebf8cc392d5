/**
 * From question scores to an attempt's total, from attempts to a learner's grade for the quiz,
 * and the pass mark. Grades are percentages of the attempt's points, so attempts drawing different
 * random questions (different points) compare fairly.
 */
import { roundScore } from './question';
import type { QuestionResult } from './question-scoring';

/** The score of one attempt. */
export interface AttemptTotal {
  /** Points earned on the graded questions. */
  score: number;
  /** Points the attempt's questions are worth. */
  maxScore: number;
  /** Some question waits for a trainer. */
  pending: boolean;
  /** score / maxScore × 100, two decimals; null while pending or when nothing is worth points. */
  percent: number | null;
}

/** Adds up an attempt's question results. */
export function attemptTotal(results: readonly QuestionResult[]): AttemptTotal {
  const score = roundScore(results.reduce((sum, r) => sum + (r.score ?? 0), 0));
  const maxScore = roundScore(results.reduce((sum, r) => sum + r.maxScore, 0));
  const pending = results.some((r) => !r.graded);
  return { score, maxScore, pending, percent: pending || maxScore === 0 ? null : roundScore((score / maxScore) * 100) };
}

/** How a learner's finished attempts make their grade for the quiz. */
export enum GradingMethod {
  HIGHEST = 'HIGHEST',
  LAST = 'LAST',
  AVERAGE = 'AVERAGE',
}

/** A finished attempt as the grading method reads it. */
export interface FinishedAttempt {
  finishedAt: Date;
  /** The attempt's percent (`attemptTotal`), null while a question waits for a trainer. */
  percent: number | null;
}

/** A learner's grade for a quiz. */
export interface QuizGrade {
  /** Percent, two decimals; null when no counted attempt is graded yet. */
  percent: number | null;
  /** A counted attempt still waits for a trainer, so the grade may change. */
  pending: boolean;
}

/**
 * The learner's grade from their finished attempts. HIGHEST and AVERAGE take the graded attempts
 * (pending when another still waits for a trainer); LAST takes the latest finished attempt, null
 * while that one waits.
 */
export function quizGrade(method: GradingMethod, attempts: readonly FinishedAttempt[]): QuizGrade {
  if (method === GradingMethod.LAST) {
    const last = [...attempts].sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime())[0];
    return { percent: last?.percent ?? null, pending: !!last && last.percent === null };
  }
  const graded = attempts.flatMap((a) => (a.percent === null ? [] : [a.percent]));
  const pending = graded.length < attempts.length;
  if (graded.length === 0) return { percent: null, pending };
  const percent = method === GradingMethod.HIGHEST ? Math.max(...graded) : graded.reduce((s, p) => s + p, 0) / graded.length;
  return { percent: roundScore(percent), pending };
}

/**
 * Whether a grade reaches the pass mark (a percent; none means any graded attempt passes). Null
 * while the grade is not known; while `grade.pending` the answer may still change.
 */
export function passes(grade: QuizGrade, passMarkPercent: number | null | undefined): boolean | null {
  if (grade.percent === null) return null;
  return grade.percent >= (passMarkPercent ?? 0);
}
