/**
 * The question model of the bank: what a trainer authors and what scoring reads. Pure data and
 * rules, no database: entities store these shapes, services validate them with `questionProblems`.
 */
import { QUESTION_LIMITS } from '@komunitas-pintar/domain';
import type { Rubric } from './rubric';
import type { FieldError } from '../../common/errors';
import { normaliseAnswer } from './answer-text';
import { pointsProblems, problem, textProblems } from './field-rules';

export enum QuestionType {
  /** One option to choose; options may carry partial credit. */
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  /** Any number of options to choose; partial credit by option fractions (see README). */
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TRUE_FALSE = 'TRUE_FALSE',
  /** Typed text compared, normalised, with the accepted answers. */
  SHORT_ANSWER = 'SHORT_ANSWER',
  /** A number within a tolerance of an accepted value. */
  NUMERIC = 'NUMERIC',
  /** Free text a trainer grades. */
  ESSAY = 'ESSAY',
}

/** Fields every question has. */
interface QuestionBase {
  /** A short name trainers see in the bank (GIFT `::title::`); never sent to learners. */
  title?: string;
  /** The question in Markdown (simple HTML allowed, as in lessons). */
  text: string;
  /** The most the question scores in a quiz; more than 0, at most two decimals. */
  points: number;
  /** Feedback for every learner whatever they answered, when the review policy shows feedback. */
  generalFeedback?: string;
}

/** An option of a choice question. */
export interface ChoiceOption {
  /** Unique within the question: responses name options by id, whatever order a learner saw. */
  id: string;
  text: string;
  /**
   * The share of the points choosing this option earns: 1 fully right, 0 wrong. Single choice:
   * 0..1. Multiple choice: -1..1, the positive ones adding up to 1 (see README).
   */
  fraction: number;
  /** Shown to a learner who chose this option, when the review policy shows feedback. */
  feedback?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: QuestionType.SINGLE_CHOICE;
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: QuestionType.MULTIPLE_CHOICE;
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: QuestionType.TRUE_FALSE;
  /** Whether the statement is true. */
  correct: boolean;
  /** Shown to a learner who answered "true". */
  trueFeedback?: string;
  /** Shown to a learner who answered "false". */
  falseFeedback?: string;
}

/** An answer a short-answer question accepts (compared after `normaliseAnswer`). */
export interface AcceptedAnswer {
  text: string;
  /** Share of the points it earns, 0..1; 0 only serves to give feedback to a known mistake. */
  fraction: number;
  feedback?: string;
}

export interface ShortAnswerQuestion extends QuestionBase {
  type: QuestionType.SHORT_ANSWER;
  answers: AcceptedAnswer[];
}

/** A number a numeric question accepts: any response within `value ± tolerance`. */
export interface NumericAnswer {
  value: number;
  /** At least 0. */
  tolerance: number;
  /** Share of the points it earns, 0..1. */
  fraction: number;
  feedback?: string;
}

export interface NumericQuestion extends QuestionBase {
  type: QuestionType.NUMERIC;
  answers: NumericAnswer[];
  /** Shown to a learner whose number matched no accepted answer. */
  otherFeedback?: string;
}

export interface EssayQuestion extends QuestionBase {
  type: QuestionType.ESSAY;
  /** Notes for the grading trainer (a model answer, what to look for); never sent to learners. */
  graderNotes?: string;
  /** Criteria × levels the trainer scores with; its top levels add up to the points. */
  rubric?: Rubric;
}

/** A question as authored, before it has an id (an import, a form). */
export type QuestionContent =
  SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | ShortAnswerQuestion | NumericQuestion | EssayQuestion;

/** A question of the bank. */
export type Question = QuestionContent & { id: string };

export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;

export function isChoiceQuestion<Q extends QuestionContent>(question: Q): question is Q & ChoiceQuestion {
  return question.type === QuestionType.SINGLE_CHOICE || question.type === QuestionType.MULTIPLE_CHOICE;
}

/** Sizes a question may have; the bank's forms say the same. */
export { QUESTION_LIMITS };

/** Fractions are kept to 7 decimals (1/3 is 0.3333333); sums within this of 1 count as 1. */
export const FRACTION_EPSILON = 1e-6;

/** A fraction rounded to 7 decimals, the precision the bank keeps. */
export function roundFraction(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

/** A score rounded to two decimals, the precision scores are kept and shown in. */
export function roundScore(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * Option fractions for a multiple-choice question from which options are right: each right option
 * earns 1/(number right), each wrong one costs 1/(number wrong), so choosing everything earns 0.
 */
export function multipleChoiceFractions(rightOptions: readonly boolean[]): number[] {
  const right = rightOptions.filter(Boolean).length;
  const wrong = rightOptions.length - right;
  return rightOptions.map((isRight) => roundFraction(isRight ? 1 / right : wrong ? -1 / wrong : 0));
}

function fractionProblems(field: string, fraction: number, min: number): FieldError[] {
  return Number.isFinite(fraction) && fraction >= min && fraction <= 1
    ? []
    : [problem(field, 'FRACTION_RANGE', `${field} must be between ${min} and 1`)];
}

/** Whether a fraction is full credit (1, within the bank's precision). */
export function isFullCredit(fraction: number): boolean {
  return Math.abs(fraction - 1) < FRACTION_EPSILON;
}

const fullCredit = (items: readonly { fraction: number }[]) => items.filter((i) => isFullCredit(i.fraction));

function optionProblems(question: ChoiceQuestion): FieldError[] {
  const { options } = question;
  const errors: FieldError[] = [];
  const { min, max } = QUESTION_LIMITS.options;
  if (options.length < min || options.length > max) {
    errors.push(problem('options', 'OPTIONS_COUNT', `A choice question needs ${min} to ${max} options`));
  }
  const ids = new Set<string>();
  options.forEach((option, i) => {
    if (!option.id || ids.has(option.id)) errors.push(problem(`options.${i}.id`, 'DUPLICATE_ID', 'Each option needs its own id'));
    ids.add(option.id);
    errors.push(...textProblems(`options.${i}.text`, option.text, QUESTION_LIMITS.optionTextMax, true));
    errors.push(...textProblems(`options.${i}.feedback`, option.feedback, QUESTION_LIMITS.feedbackMax, false));
    const min = question.type === QuestionType.MULTIPLE_CHOICE ? -1 : 0;
    errors.push(...fractionProblems(`options.${i}.fraction`, option.fraction, min));
  });
  if (question.type === QuestionType.SINGLE_CHOICE && fullCredit(options).length === 0) {
    errors.push(problem('options', 'NO_FULL_CREDIT', 'At least one option must be fully right'));
  }
  if (question.type === QuestionType.MULTIPLE_CHOICE) {
    const positive = options.reduce((sum, o) => sum + Math.max(0, o.fraction), 0);
    if (Math.abs(positive - 1) >= FRACTION_EPSILON) {
      errors.push(problem('options', 'FRACTIONS_SUM', 'The right options’ fractions must add up to 100%'));
    }
  }
  return errors;
}

function answerListProblems(answers: readonly { fraction: number }[]): FieldError[] {
  if (answers.length === 0 || answers.length > QUESTION_LIMITS.answers.max) {
    return [problem('answers', 'ANSWERS_COUNT', `A question needs 1 to ${QUESTION_LIMITS.answers.max} accepted answers`)];
  }
  const errors = answers.flatMap((a, i) => fractionProblems(`answers.${i}.fraction`, a.fraction, 0));
  if (fullCredit(answers).length === 0) errors.push(problem('answers', 'NO_FULL_CREDIT', 'At least one answer must be fully right'));
  return errors;
}

function typeProblems(question: QuestionContent): FieldError[] {
  switch (question.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE:
      return optionProblems(question);
    case QuestionType.TRUE_FALSE:
      return [
        ...textProblems('trueFeedback', question.trueFeedback, QUESTION_LIMITS.feedbackMax, false),
        ...textProblems('falseFeedback', question.falseFeedback, QUESTION_LIMITS.feedbackMax, false),
      ];
    case QuestionType.SHORT_ANSWER: {
      const seen = new Set<string>();
      const errors = answerListProblems(question.answers);
      question.answers.forEach((a, i) => {
        const key = normaliseAnswer(a.text);
        if (!key) errors.push(problem(`answers.${i}.text`, 'REQUIRED', 'An accepted answer must not be blank'));
        else if (seen.has(key)) errors.push(problem(`answers.${i}.text`, 'DUPLICATE_ANSWER', 'This answer is already accepted'));
        seen.add(key);
        errors.push(...textProblems(`answers.${i}.feedback`, a.feedback, QUESTION_LIMITS.feedbackMax, false));
      });
      return errors;
    }
    case QuestionType.NUMERIC: {
      const errors = answerListProblems(question.answers);
      question.answers.forEach((a, i) => {
        if (!Number.isFinite(a.value)) errors.push(problem(`answers.${i}.value`, 'NOT_A_NUMBER', 'The value must be a number'));
        if (!Number.isFinite(a.tolerance) || a.tolerance < 0) {
          errors.push(problem(`answers.${i}.tolerance`, 'TOLERANCE_RANGE', 'The tolerance must be a number of at least 0'));
        }
        errors.push(...textProblems(`answers.${i}.feedback`, a.feedback, QUESTION_LIMITS.feedbackMax, false));
      });
      return [...errors, ...textProblems('otherFeedback', question.otherFeedback, QUESTION_LIMITS.feedbackMax, false)];
    }
    case QuestionType.ESSAY:
      return textProblems('graderNotes', question.graderNotes, QUESTION_LIMITS.textMax, false);
  }
}

/**
 * What is wrong with a question as authored, as field errors (empty when it may be saved). Two
 * accepted short answers that normalise alike are refused: learners could not tell them apart.
 */
export function questionProblems(question: QuestionContent): FieldError[] {
  const errors = [
    ...textProblems('text', question.text, QUESTION_LIMITS.textMax, true),
    ...textProblems('title', question.title, QUESTION_LIMITS.titleMax, false),
    ...textProblems('generalFeedback', question.generalFeedback, QUESTION_LIMITS.feedbackMax, false),
  ];
  errors.push(...pointsProblems('points', question.points, 0, QUESTION_LIMITS.pointsMax, true));
  return [...errors, ...typeProblems(question)];
}
