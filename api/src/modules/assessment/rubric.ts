/**
 * Rubrics for trainer-graded work: criteria × levels with points. A trainer scores an assignment
 * by choosing one level per criterion; the total is the sum of the chosen levels' points.
 */
import type { FieldError } from '../../common/errors';
import { pointsProblems, problem, textProblems } from './field-rules';
import { roundScore } from './question';

export interface RubricLevel {
  id: string;
  /** e.g. "Baik", "Cukup". */
  title: string;
  description?: string;
  /** At least 0, two decimals; levels of a criterion ascend. */
  points: number;
}

export interface RubricCriterion {
  id: string;
  title: string;
  description?: string;
  /** At least two, from the lowest points to the highest. */
  levels: RubricLevel[];
}

export interface Rubric {
  criteria: RubricCriterion[];
}

export const RUBRIC_LIMITS = { criteria: 30, levels: 10, titleMax: 200, descriptionMax: 2000, pointsMax: 1000 } as const;

function duplicateIds(field: string, items: readonly { id: string }[]): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const duplicate = !item.id || seen.has(item.id);
    seen.add(item.id);
    return duplicate ? [problem(`${field}.${i}.id`, 'DUPLICATE_ID', 'Each needs its own id')] : [];
  });
}

function levelProblems(field: string, levels: readonly RubricLevel[]): FieldError[] {
  const errors: FieldError[] = [];
  if (levels.length < 2 || levels.length > RUBRIC_LIMITS.levels) {
    errors.push(problem(`${field}.levels`, 'LEVELS_COUNT', `A criterion needs 2 to ${RUBRIC_LIMITS.levels} levels`));
  }
  errors.push(...duplicateIds(`${field}.levels`, levels));
  levels.forEach((level, j) => {
    const at = `${field}.levels.${j}`;
    errors.push(...textProblems(`${at}.title`, level.title, RUBRIC_LIMITS.titleMax, true));
    errors.push(...textProblems(`${at}.description`, level.description, RUBRIC_LIMITS.descriptionMax, false));
    const pointErrors = pointsProblems(`${at}.points`, level.points, 0, RUBRIC_LIMITS.pointsMax);
    errors.push(...pointErrors);
    if (!pointErrors.length && j > 0 && !(level.points > levels[j - 1].points)) {
      errors.push(problem(`${at}.points`, 'POINTS_ASCENDING', 'Each level must be worth more points than the one before'));
    }
  });
  return errors;
}

/**
 * What is wrong with a rubric (empty when it may be saved): at least one criterion, each with
 * 2..10 levels whose points strictly ascend, titles present, ids unique.
 */
export function rubricProblems(rubric: Rubric): FieldError[] {
  const { criteria } = rubric;
  const errors: FieldError[] = [];
  if (criteria.length < 1 || criteria.length > RUBRIC_LIMITS.criteria) {
    errors.push(problem('criteria', 'CRITERIA_COUNT', `A rubric needs 1 to ${RUBRIC_LIMITS.criteria} criteria`));
  }
  errors.push(...duplicateIds('criteria', criteria));
  criteria.forEach((criterion, i) => {
    errors.push(...textProblems(`criteria.${i}.title`, criterion.title, RUBRIC_LIMITS.titleMax, true));
    errors.push(...textProblems(`criteria.${i}.description`, criterion.description, RUBRIC_LIMITS.descriptionMax, false));
    errors.push(...levelProblems(`criteria.${i}`, criterion.levels));
  });
  return errors;
}

/**
 * What is wrong with an essay's rubric (fields under `rubric.`): the rubric's own problems, and a
 * maximum that differs from the question's points (the rubric's total is the essay's score).
 */
export function essayRubricProblems(points: number, rubric: Rubric): FieldError[] {
  const errors = rubricProblems(rubric).map((e) => ({ ...e, field: `rubric.${e.field}` }));
  if (!errors.length && rubricMaxScore(rubric) !== points) {
    errors.push(problem('rubric', 'RUBRIC_POINTS', `The rubric's top levels must add up to the question's ${points} points`));
  }
  return errors;
}

/** The most a rubric gives: the top level of every criterion. */
export function rubricMaxScore(rubric: Rubric): number {
  return roundScore(rubric.criteria.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0));
}

/** A trainer's choice for one criterion. */
export interface CriterionScore {
  criterionId: string;
  levelId: string;
  /** The trainer's comment on this criterion, for the learner. */
  feedback?: string;
}

/** What is wrong with a scoring: every criterion needs exactly one level of its own. */
export function rubricScoringProblems(rubric: Rubric, scoring: readonly CriterionScore[]): FieldError[] {
  const errors: FieldError[] = [];
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const scored = new Set<string>();
  scoring.forEach((s, i) => {
    const criterion = criteria.get(s.criterionId);
    if (!criterion) errors.push(problem(`scoring.${i}.criterionId`, 'UNKNOWN_CRITERION', 'That criterion is not part of the rubric'));
    else if (scored.has(s.criterionId))
      errors.push(problem(`scoring.${i}.criterionId`, 'DUPLICATE_ID', 'This criterion is already scored'));
    else if (!criterion.levels.some((l) => l.id === s.levelId)) {
      errors.push(problem(`scoring.${i}.levelId`, 'UNKNOWN_LEVEL', 'That level is not part of the criterion'));
    }
    scored.add(s.criterionId);
  });
  rubric.criteria.forEach((c, i) => {
    if (!scored.has(c.id)) errors.push(problem(`criteria.${i}`, 'NOT_SCORED', `Choose a level for “${c.title}”`));
  });
  return errors;
}

export interface RubricTotal {
  total: number;
  maxScore: number;
  /** total / maxScore × 100, two decimals. */
  percent: number;
}

/** The total of a valid scoring (check it with `rubricScoringProblems`; unknown choices count 0). */
export function rubricTotal(rubric: Rubric, scoring: readonly CriterionScore[]): RubricTotal {
  const chosen = new Map(scoring.map((s) => [s.criterionId, s.levelId]));
  const total = roundScore(rubric.criteria.reduce((sum, c) => sum + (c.levels.find((l) => l.id === chosen.get(c.id))?.points ?? 0), 0));
  const maxScore = rubricMaxScore(rubric);
  return { total, maxScore, percent: maxScore ? roundScore((total / maxScore) * 100) : 0 };
}

/**
 * The chosen level of each criterion as lines of Markdown for the learner's feedback
 * (`**criterion**: level (points)`, then the trainer's comment on it).
 */
export function rubricFeedback(rubric: Rubric, scoring: readonly CriterionScore[]): string[] {
  const chosen = new Map(scoring.map((s) => [s.criterionId, s]));
  return rubric.criteria.flatMap((c) => {
    const score = chosen.get(c.id);
    const level = c.levels.find((l) => l.id === score?.levelId);
    if (!score || !level) return [];
    const comment = score.feedback?.trim();
    return [`**${c.title}**: ${level.title} (${level.points})${comment ? ` — ${comment}` : ''}`];
  });
}

/** A grade as it stood at one moment: the score, the rubric choices behind it, the overall comment. */
export interface GradeSnapshot {
  score: number;
  scoring?: readonly CriterionScore[];
  feedback?: string;
}

/** One change to a grade after it was released to the learner; kept, never edited. */
export interface GradeHistoryEntry {
  changedAt: Date;
  /** The user who changed it. */
  changedBy: string;
  /** Why it changed, for the learner and the auditor. */
  reason: string;
  previous: GradeSnapshot;
  next: GradeSnapshot;
}

/** A proposed change to a grade. */
export interface GradeChange {
  /** Whether the learner has seen the grade: only then does a change leave history. */
  released: boolean;
  previous: GradeSnapshot;
  next: GradeSnapshot;
  changedBy: string;
  changedAt: Date;
  reason?: string;
}

const sameScoring = (a: readonly CriterionScore[] = [], b: readonly CriterionScore[] = []) => {
  const key = (s: readonly CriterionScore[]) =>
    JSON.stringify(
      [...s].sort((x, y) => x.criterionId.localeCompare(y.criterionId)).map((c) => [c.criterionId, c.levelId, c.feedback ?? '']),
    );
  return key(a) === key(b);
};

/** Whether anything the learner would notice differs between two snapshots. */
export function gradeChanged(previous: GradeSnapshot, next: GradeSnapshot): boolean {
  return (
    previous.score !== next.score || (previous.feedback ?? '') !== (next.feedback ?? '') || !sameScoring(previous.scoring, next.scoring)
  );
}

/** What is wrong with a change: one to a released grade needs a reason. */
export function gradeChangeProblems(change: GradeChange): FieldError[] {
  const needsReason = change.released && gradeChanged(change.previous, change.next);
  return needsReason && !change.reason?.trim() ? [problem('reason', 'REQUIRED', 'Say why a released grade changes')] : [];
}

/**
 * The history entry a change leaves: one for a real change to a released grade, null otherwise
 * (a grade the learner has not seen may be revised freely; an unchanged save leaves nothing).
 */
export function gradeHistoryEntry(change: GradeChange): GradeHistoryEntry | null {
  if (!change.released || !gradeChanged(change.previous, change.next)) return null;
  return {
    changedAt: change.changedAt,
    changedBy: change.changedBy,
    reason: change.reason?.trim() ?? '',
    previous: change.previous,
    next: change.next,
  };
}
