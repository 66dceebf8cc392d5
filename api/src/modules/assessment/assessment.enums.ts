import { registerEnumType } from 'type-graphql';
import { DiscriminationRating } from './item-analysis';
import { Outcome } from './question-scoring';
import { QuestionType } from './question';
import { GradingMethod } from './quiz-grade';
import { ReviewTiming } from './review-policy';

/** What a quiz is for: an ordinary quiz, or the test before or after a module (learning gain). */
export enum QuizRole {
  QUIZ = 'QUIZ',
  PRE_TEST = 'PRE_TEST',
  POST_TEST = 'POST_TEST',
}

export enum AttemptStatus {
  OPEN = 'OPEN',
  FINISHED = 'FINISHED',
}

/** How an attempt ended. */
export enum AttemptEnd {
  /** The learner submitted it. */
  SUBMITTED = 'SUBMITTED',
  /** Its deadline came; it was submitted with what was saved. */
  DEADLINE = 'DEADLINE',
}

/** Which responses the grading page lists. */
export enum GradingStatus {
  /** Waiting for a trainer, the longest waiting first. */
  WAITING = 'WAITING',
  /** Graded by a trainer and released to the learner, the latest graded first. */
  GRADED = 'GRADED',
  /** Scored automatically at submit (released then) and not changed by a trainer since, the latest submitted first. */
  AUTO = 'AUTO',
}

registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(GradingStatus, {
  name: 'GradingStatus',
  description:
    'WAITING for a trainer (oldest first), GRADED by one and released (latest first), or scored automatically (AUTO) and not changed by a trainer (latest submitted first)',
});
registerEnumType(GradingMethod, {
  name: 'GradingMethod',
  description: 'How a learner’s attempts make their grade: highest, last or average',
});
registerEnumType(ReviewTiming, { name: 'ReviewTiming', description: 'When a finished attempt shows a part of its review' });
registerEnumType(Outcome, { name: 'AnswerOutcome' });
registerEnumType(QuizRole, { name: 'QuizRole', description: 'QUIZ, or the PRE_TEST / POST_TEST that give the learning gain' });
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
registerEnumType(AttemptEnd, { name: 'AttemptEnd' });
registerEnumType(DiscriminationRating, {
  name: 'DiscriminationRating',
  description: 'GOOD above 0.3, FAIR from 0.1, REVIEW below 0.1 or negative',
});

export { DiscriminationRating, GradingMethod, Outcome, QuestionType, ReviewTiming };
