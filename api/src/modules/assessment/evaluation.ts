/**
 * Aggregating evaluations of a trainer and a programme (Kirkpatrick level 1): Likert items scored
 * 1 to 5. Trainers and admins see results only in aggregate, and only once enough people answered
 * that no single answer can be picked out; nothing in the output belongs to one respondent.
 */

/** The fewest responses before anything is shown, by default. */
export const DEFAULT_MIN_RESPONSES = 3;

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

/** One respondent's answers: item id → 1..5, or null when they skipped the item. */
export type EvaluationResponse = Readonly<Record<string, number | null | undefined>>;

/** Whether a value is a Likert answer (an integer 1..5). */
export function isLikertValue(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= LIKERT_MIN && (value as number) <= LIKERT_MAX;
}

export interface ItemAggregate {
  itemId: string;
  /** Respondents who answered the item. */
  answers: number;
  /** Two decimals; null when fewer than the minimum answered this item. */
  mean: number | null;
  /** How many answered 1, 2, 3, 4, 5 (index 0 is 1); null when fewer than the minimum answered this item. */
  distribution: number[] | null;
}

export type EvaluationAggregate =
  { released: true; responses: number; items: ItemAggregate[] } | { released: false; responses: number; minResponses: number };

/**
 * The aggregate of a set of responses for the given items, or `released: false` while fewer than
 * `minResponses` people responded. An item fewer than `minResponses` answered shows only its count.
 * Values that are not Likert answers count as skipped (validate with `isLikertValue` on submit).
 */
export function aggregateEvaluation(
  itemIds: readonly string[],
  responses: readonly EvaluationResponse[],
  minResponses: number = DEFAULT_MIN_RESPONSES,
): EvaluationAggregate {
  if (responses.length < minResponses) return { released: false, responses: responses.length, minResponses };
  const items = itemIds.map((itemId): ItemAggregate => {
    const values = responses.map((r) => r[itemId]).filter(isLikertValue);
    if (values.length < minResponses) return { itemId, answers: values.length, mean: null, distribution: null };
    const distribution = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) => values.filter((v) => v === LIKERT_MIN + i).length);
    const mean = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
    return { itemId, answers: values.length, mean, distribution };
  });
  return { released: true, responses: responses.length, items };
}
