/**
 * Scoring a learner's response to one question. The rules per type are written down in this
 * module's README ("Scoring"); every function here is pure.
 */
import type { FieldError } from '../../common/errors';
import { normaliseAnswer, readNumber } from './answer-text';
import {
  type ChoiceQuestion,
  type NumericQuestion,
  type QuestionContent,
  isFullCredit,
  QuestionType,
  roundFraction,
  roundScore,
  type ShortAnswerQuestion,
} from './question';

/**
 * What a learner answered. Which field counts depends on the question type: `optionIds` for choice
 * questions (one id for single choice), `truth` for true/false, `text` for short answer, numeric
 * and essay. Missing fields mean "not answered".
 */
export interface LearnerResponse {
  optionIds?: readonly string[];
  truth?: boolean;
  text?: string;
}

export enum Outcome {
  CORRECT = 'CORRECT',
  PARTIAL = 'PARTIAL',
  INCORRECT = 'INCORRECT',
  UNANSWERED = 'UNANSWERED',
  /** An essay waiting for its trainer. */
  PENDING = 'PENDING',
}

/** The score of one response, with the feedback that belongs to what was answered. */
export interface QuestionResult {
  /** The question's points. */
  maxScore: number;
  /** Points earned, two decimals; null while a trainer has not graded it. */
  score: number | null;
  /** False only while an essay waits for its trainer. */
  graded: boolean;
  outcome: Outcome;
  /**
   * Feedback on the response: the chosen options', the matched answer's, the true/false feedback,
   * the trainer's comment. The question's general feedback is not repeated here.
   */
  feedback: string[];
}

/** Longest typed response kept (an essay); longer responses are refused by `responseProblems`. */
export const RESPONSE_TEXT_MAX = 50_000;

function result(maxScore: number, fraction: number, feedback: (string | undefined)[], answered = true): QuestionResult {
  const share = Math.min(1, Math.max(0, isFullCredit(fraction) ? 1 : fraction));
  let outcome = share >= 1 ? Outcome.CORRECT : share > 0 ? Outcome.PARTIAL : Outcome.INCORRECT;
  if (!answered) outcome = Outcome.UNANSWERED;
  return { maxScore, score: roundScore(share * maxScore), graded: true, outcome, feedback: feedback.filter((f): f is string => !!f) };
}

const unanswered = (maxScore: number) => result(maxScore, 0, [], false);
const isBlank = (text: string | undefined) => !text || !/\S/.test(text);

/**
 * Single choice: the chosen option's fraction. Multiple choice: the chosen options' fractions
 * added up (wrong options are negative), clamped to 0..1, times the points.
 */
function gradeChoice(question: ChoiceQuestion, optionIds: readonly string[]): QuestionResult {
  const chosen = question.options.filter((o) => optionIds.includes(o.id));
  if (chosen.length === 0) return unanswered(question.points);
  if (question.type === QuestionType.SINGLE_CHOICE && chosen.length > 1) return result(question.points, 0, []);
  const fraction = roundFraction(chosen.reduce((sum, o) => sum + o.fraction, 0));
  return result(
    question.points,
    fraction,
    chosen.map((o) => o.feedback),
  );
}

/** The best accepted answer equal to the response once both are normalised. */
function gradeShortAnswer(question: ShortAnswerQuestion, text: string): QuestionResult {
  const typed = normaliseAnswer(text);
  const matches = question.answers.filter((a) => normaliseAnswer(a.text) === typed);
  const best = matches.sort((a, b) => b.fraction - a.fraction)[0];
  return best ? result(question.points, best.fraction, [best.feedback]) : result(question.points, 0, []);
}

/** Equal within the tolerance, allowing for binary rounding (0.1 + 0.2 is within 0.3 ± 0). */
export function withinTolerance(response: number, value: number, tolerance: number): boolean {
  return Math.abs(response - value) <= tolerance + 1e-9 * Math.max(1, Math.abs(value));
}

/** The best accepted answer any reading of the typed number falls within. */
function gradeNumeric(question: NumericQuestion, text: string): QuestionResult {
  const readings = readNumber(text);
  const matches = question.answers.filter((a) => readings.some((n) => withinTolerance(n, a.value, a.tolerance)));
  const best = matches.sort((a, b) => b.fraction - a.fraction)[0];
  return best ? result(question.points, best.fraction, [best.feedback]) : result(question.points, 0, [question.otherFeedback]);
}

/**
 * Scores a response (null or undefined: not answered, 0 points). Essays with text come back
 * `graded: false`, score null, until `manualGrade`; a blank essay scores 0 without a trainer.
 */
export function gradeResponse(question: QuestionContent, response: LearnerResponse | null | undefined): QuestionResult {
  const r = response ?? {};
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE:
      return gradeChoice(question, r.optionIds ?? []);
    case QuestionType.TRUE_FALSE:
      if (r.truth === undefined) return unanswered(question.points);
      return result(question.points, r.truth === question.correct ? 1 : 0, [r.truth ? question.trueFeedback : question.falseFeedback]);
    case QuestionType.SHORT_ANSWER:
      return isBlank(r.text) ? unanswered(question.points) : gradeShortAnswer(question, r.text!);
    case QuestionType.NUMERIC:
      return isBlank(r.text) ? unanswered(question.points) : gradeNumeric(question, r.text!);
    case QuestionType.ESSAY:
      if (isBlank(r.text)) return unanswered(question.points);
      return { maxScore: question.points, score: null, graded: false, outcome: Outcome.PENDING, feedback: [] };
  }
}

/**
 * A trainer's score for a response (an essay, or a regrade of any question): 0..points, at most
 * two decimals, with an optional comment for the learner. Check it first with `manualGradeProblems`.
 */
export function manualGrade(question: QuestionContent, score: number, comment?: string): QuestionResult {
  return { ...result(question.points, score / question.points, [comment]), score: roundScore(score) };
}

/** What is wrong with a trainer's score (empty when `manualGrade` may record it). */
export function manualGradeProblems(question: QuestionContent, score: number): FieldError[] {
  return Number.isFinite(score) && score >= 0 && score <= question.points && roundScore(score) === score
    ? []
    : [{ field: 'score', rule: 'SCORE_RANGE', message: `The score must be between 0 and ${question.points}, with at most two decimals` }];
}

/** What checking a response reads of its question: the type and, for choice questions, the option ids. */
export interface ResponseTarget {
  type: QuestionContent['type'];
  options?: readonly { id: string }[];
}

/**
 * What is wrong with a response before it is saved (empty when it may be): fields that do not
 * belong to the question type, unknown option ids, more than one option for single choice, text
 * that is too long. A response with nothing in it is fine: the learner cleared the answer.
 */
export function responseProblems(question: ResponseTarget, response: LearnerResponse): FieldError[] {
  const wrongField = (field: string) => [{ field, rule: 'NOT_FOR_THIS_TYPE', message: `A ${question.type} question takes no ${field}` }];
  const { optionIds, truth, text } = response;
  const choice = question.type === QuestionType.SINGLE_CHOICE || question.type === QuestionType.MULTIPLE_CHOICE;
  if (optionIds !== undefined && !choice) return wrongField('optionIds');
  if (truth !== undefined && question.type !== QuestionType.TRUE_FALSE) return wrongField('truth');
  if (text !== undefined && (choice || question.type === QuestionType.TRUE_FALSE)) return wrongField('text');
  if (text !== undefined && text.length > RESPONSE_TEXT_MAX) {
    return [{ field: 'text', rule: 'maxLength', message: `The answer must be at most ${RESPONSE_TEXT_MAX} characters` }];
  }
  if (!choice || !optionIds) return [];
  const known = new Set((question.options ?? []).map((o) => o.id));
  if (optionIds.some((id) => !known.has(id)))
    return [{ field: 'optionIds', rule: 'UNKNOWN_OPTION', message: 'That option is not part of the question' }];
  if (new Set(optionIds).size !== optionIds.length)
    return [{ field: 'optionIds', rule: 'DUPLICATE_ID', message: 'An option was chosen twice' }];
  if (question.type === QuestionType.SINGLE_CHOICE && optionIds.length > 1) {
    return [{ field: 'optionIds', rule: 'ONE_OPTION_ONLY', message: 'Choose one option' }];
  }
  return [];
}
