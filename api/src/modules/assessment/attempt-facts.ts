import type { Quiz, QuizAnswer, QuizAttempt } from './quiz.entity';

/*
 * What showing an attempt reads of it, of its quiz and of its answers: the entities have these
 * fields, and so do the plain rows a command reads in one statement (`finish-attempt.ts`).
 */

/** What the view reads of an attempt. */
export interface AttemptFacts {
  id: string;
  number: number;
  paper: QuizAttempt['paper'];
  optionOrder: Record<string, string[]>;
  startedAt: Date;
  deadline?: Date | null;
  finishedAt?: Date | null;
  finishedHow?: QuizAttempt['finishedHow'];
  score?: number | null;
  maxScore?: number | null;
  percent?: number | null;
  pending: boolean;
}

/** What the view reads of the attempt's quiz. */
export type QuizFacts = Pick<Quiz, 'role' | 'passMarkPercent' | 'closesAt' | 'reviewScore' | 'reviewRightAnswers' | 'reviewFeedback'>;

/**
 * What the view reads of a saved answer. The grade's history may be left out where none can exist
 * yet (an attempt being finished has no released trainer grade to change).
 */
export type AnswerFacts = Pick<QuizAnswer, 'questionId' | 'response' | 'revision' | 'result'> & Partial<Pick<QuizAnswer, 'gradeHistory'>>;
