import { AssessmentMethod } from './competency.enums';

/** Stronger evidence first. */
export const METHOD_PRECEDENCE: readonly AssessmentMethod[] = [
  AssessmentMethod.ASSESSMENT_CENTER,
  AssessmentMethod.CERTIFICATE,
  AssessmentMethod.TRAINER,
  AssessmentMethod.TRAINING,
  AssessmentMethod.SUPERVISOR,
  AssessmentMethod.SELF,
];

export interface Evidence {
  level: number;
  method: AssessmentMethod;
  /** YYYY-MM-DD */
  assessedOn: string;
  /** YYYY-MM-DD, the last day the evidence counts. */
  validUntil: string;
  createdAt: Date;
}

/**
 * SQL ranking a method column by `METHOD_PRECEDENCE` (1 for the strongest), for reads that decide
 * in SQL. The index of deciding evidence (`competency-assessment.entity.ts`) holds this expression
 * of `"method"`; a read spelling it the same way gets its rows in deciding order from that index.
 */
export function methodRankSql(column: string): string {
  return `array_position(array[${METHOD_PRECEDENCE.map((m) => `'${m}'`).join(', ')}]::text[], ${column})`;
}

/**
 * The rule that decides the current level of one competency of one employee:
 *
 * 1. Evidence whose `validUntil` is before `today` is ignored (expired).
 * 2. Of the rest, the strongest method wins: assessment centre, certificate, trainer, training
 *    completed (a module that builds the level, confirmed by the supervisor), supervisor,
 *    self-assessment — so a self-assessment never overrides a supervisor's.
 * 3. Between equally strong evidence, the latest `assessedOn` wins, then the latest recorded.
 *
 * Returns the deciding evidence, or null when there is no valid evidence (no current level).
 */
export function decidingEvidence<T extends Evidence>(items: readonly T[], today: string): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.validUntil < today) continue;
    if (!best || compare(item, best) < 0) best = item;
  }
  return best;
}

/** Negative when `a` should decide over `b`. */
function compare(a: Evidence, b: Evidence): number {
  const byMethod = METHOD_PRECEDENCE.indexOf(a.method) - METHOD_PRECEDENCE.indexOf(b.method);
  if (byMethod !== 0) return byMethod;
  if (a.assessedOn !== b.assessedOn) return a.assessedOn > b.assessedOn ? -1 : 1;
  return b.createdAt.getTime() - a.createdAt.getTime();
}

/** `date` plus whole years, as YYYY-MM-DD (29 Feb becomes 28 Feb in common years). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
