/**
 * Item analysis of a quiz's questions from its finished attempts, as Moodle's quiz statistics
 * report it. Facility index: the mean score on the question as a percent of its points (high =
 * easy). Discrimination: the Pearson correlation, across attempts, between the score on the
 * question and the score on the rest of the attempt (the corrected item–total correlation; for
 * right/wrong questions this is the point-biserial). Positive: learners who did well overall
 * tended to get it right; near 0 or negative: the question does not separate them and deserves a look.
 */
import { roundScore } from './question';

/** One question's score in one attempt. */
export interface ItemScore {
  questionId: string;
  /** Null while a trainer has not graded it: such scores are left out. */
  score: number | null;
  maxScore: number;
}

export interface ItemStatistics {
  questionId: string;
  /** Attempts with a graded score on this question. */
  attempts: number;
  /** Mean score as a percent of the points, two decimals; null without attempts. */
  facility: number | null;
  /**
   * Correlation (−1..1, three decimals) of the question's score with the rest of the attempt;
   * null with fewer than 3 attempts, or when either side does not vary.
   */
  discrimination: number | null;
}

/** Fewest attempts a discrimination is computed from. */
export const MIN_ATTEMPTS_FOR_DISCRIMINATION = 3;

function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  // Variances this small are rounding noise: the scores do not vary.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return Math.round((sxy / Math.sqrt(sxx * syy)) * 1000) / 1000;
}

/**
 * Statistics per question, from the finished attempts (one list of item scores each). Questions
 * drawn at random appear only in some attempts; each is analysed over the attempts that had it,
 * with the rest of the attempt as a percent of its own points, so attempts of different sizes compare.
 */
export function itemAnalysis(attempts: readonly (readonly ItemScore[])[]): ItemStatistics[] {
  const graded = attempts.map((items) => items.filter((i) => i.score !== null && i.maxScore > 0));
  const questionIds = [...new Set(graded.flatMap((items) => items.map((i) => i.questionId)))];
  return questionIds.map((questionId) => {
    const item: number[] = [];
    const rest: number[] = [];
    for (const items of graded) {
      const own = items.find((i) => i.questionId === questionId);
      if (!own) continue;
      item.push(own.score! / own.maxScore);
      const others = items.filter((i) => i !== own);
      const othersMax = others.reduce((s, i) => s + i.maxScore, 0);
      rest.push(othersMax ? others.reduce((s, i) => s + i.score!, 0) / othersMax : NaN);
    }
    const paired = item.flatMap((x, i) => (Number.isNaN(rest[i]) ? [] : [[x, rest[i]] as const]));
    const facility = item.length ? roundScore((item.reduce((s, x) => s + x, 0) / item.length) * 100) : null;
    const discrimination =
      paired.length >= MIN_ATTEMPTS_FOR_DISCRIMINATION
        ? correlation(
            paired.map((p) => p[0]),
            paired.map((p) => p[1]),
          )
        : null;
    return { questionId, attempts: item.length, facility, discrimination };
  });
}

/** How a discrimination reads, as Moodle's guidance has it: above 0.3 good, 0.1–0.3 fair, below 0.1 (or negative) worth reviewing. */
export enum DiscriminationRating {
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  REVIEW = 'REVIEW',
}

/** The rating of a discrimination; none without one. */
export function discriminationRating(discrimination: number | null): DiscriminationRating | null {
  if (discrimination === null) return null;
  if (discrimination > 0.3) return DiscriminationRating.GOOD;
  if (discrimination >= 0.1) return DiscriminationRating.FAIR;
  return DiscriminationRating.REVIEW;
}
