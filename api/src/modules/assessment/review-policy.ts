/**
 * What a finished attempt may show its learner, and when. A quiz's review policy says, for the
 * score, the right answers and the feedback separately, whether the learner sees them right after
 * finishing an attempt, once the quiz has closed, or never. Nothing is shown while an attempt is open.
 */
import { type Question, QuestionType, isChoiceQuestion, isFullCredit } from './question';
import type { LearnerResponse, Outcome, QuestionResult } from './question-scoring';
import { type LearnerQuestion, learnerView } from './learner-view';
import { type AttemptTotal, attemptTotal } from './quiz-grade';

export enum ReviewTiming {
  /** As soon as the attempt is finished. */
  IMMEDIATELY = 'IMMEDIATELY',
  /** Once the quiz's close time has passed; a quiz without a close time never gets there. */
  AFTER_CLOSE = 'AFTER_CLOSE',
  NEVER = 'NEVER',
}

/** When a finished attempt shows each part of its review. */
export interface ReviewPolicy {
  /** The score and whether each answer was right. */
  score: ReviewTiming;
  /** The right answers (keys). */
  rightAnswers: ReviewTiming;
  /** Feedback on the responses, the trainer's comments and the general feedback. */
  feedback: ReviewTiming;
}

/** Where an attempt stands when its review is asked for. */
export interface ReviewMoment {
  attemptFinished: boolean;
  now: Date;
  /** The quiz's close time, if it has one. */
  closesAt?: Date | null;
}

/** Which parts of a review may be shown now. */
export interface ReviewVisibility {
  score: boolean;
  rightAnswers: boolean;
  feedback: boolean;
}

/** Which parts of a finished attempt's review a learner may see at `moment`. */
export function reviewVisibility(policy: ReviewPolicy, moment: ReviewMoment): ReviewVisibility {
  const closed = !!moment.closesAt && moment.now.getTime() >= moment.closesAt.getTime();
  const shows = (timing: ReviewTiming) =>
    moment.attemptFinished && (timing === ReviewTiming.IMMEDIATELY || (timing === ReviewTiming.AFTER_CLOSE && closed));
  return { score: shows(policy.score), rightAnswers: shows(policy.rightAnswers), feedback: shows(policy.feedback) };
}

/**
 * The right answer to a question, for review: the fully right options (single choice) or every
 * option that earns something (multiple choice), the truth, the fully right short answers, or the
 * fully right numbers with their tolerance. Essays have none.
 */
export interface RightAnswer {
  optionIds?: string[];
  truth?: boolean;
  texts?: string[];
  numbers?: { value: number; tolerance: number }[];
}

/** The right answer to `question`, or null for an essay. */
export function rightAnswer(question: Question): RightAnswer | null {
  if (isChoiceQuestion(question)) {
    const right = question.type === QuestionType.SINGLE_CHOICE ? isFullCredit : (f: number) => f > 0;
    return { optionIds: question.options.filter((o) => right(o.fraction)).map((o) => o.id) };
  }
  switch (question.type) {
    case QuestionType.TRUE_FALSE:
      return { truth: question.correct };
    case QuestionType.SHORT_ANSWER:
      return { texts: question.answers.filter((a) => isFullCredit(a.fraction)).map((a) => a.text) };
    case QuestionType.NUMERIC:
      return { numbers: question.answers.filter((a) => isFullCredit(a.fraction)).map(({ value, tolerance }) => ({ value, tolerance })) };
    default:
      return null;
  }
}

/**
 * One question of a finished attempt as its learner may see it. Parts the policy hides are absent,
 * not empty: the question (learner view), the learner's own response, the points it was worth and
 * whether it is graded are always there.
 */
export interface QuestionReview {
  question: LearnerQuestion;
  response: LearnerResponse | null;
  maxScore: number;
  graded: boolean;
  /** With score visibility. */
  score?: number | null;
  outcome?: Outcome;
  /** With feedback visibility: feedback on the response, then the question's general feedback. */
  feedback?: string[];
  /** With right-answer visibility; null for an essay. */
  rightAnswer?: RightAnswer | null;
}

/** One answered question of an attempt, as the attempt stores it. */
export interface AttemptItem {
  question: Question;
  response: LearnerResponse | null;
  result: QuestionResult;
  /** The option order the learner saw. */
  optionOrder?: readonly string[];
}

/** A question of a finished attempt with only what `visibility` allows. */
export function reviewQuestion(item: AttemptItem, visibility: ReviewVisibility): QuestionReview {
  const { question, result } = item;
  const review: QuestionReview = {
    question: learnerView(question, item.optionOrder),
    response: item.response,
    maxScore: result.maxScore,
    graded: result.graded,
  };
  if (visibility.score) {
    review.score = result.score;
    review.outcome = result.outcome;
  }
  if (visibility.feedback) review.feedback = [...result.feedback, ...(question.generalFeedback ? [question.generalFeedback] : [])];
  if (visibility.rightAnswers) review.rightAnswer = rightAnswer(question);
  return review;
}

/** A finished attempt as its learner may see it; the total only with score visibility. */
export interface AttemptReview {
  questions: QuestionReview[];
  total?: AttemptTotal;
}

/** The review of a finished attempt (its items in the order the learner saw them). */
export function reviewAttempt(items: readonly AttemptItem[], visibility: ReviewVisibility): AttemptReview {
  const review: AttemptReview = { questions: items.map((item) => reviewQuestion(item, visibility)) };
  if (visibility.score) review.total = attemptTotal(items.map((item) => item.result));
  return review;
}
