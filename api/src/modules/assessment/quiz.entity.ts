import { DecimalType, Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { Lesson } from '../learning/course-module.entity';
import { Employee } from '../organisation/employee.entity';
import type { Question } from './question';
import type { LearnerResponse, QuestionResult } from './question-scoring';
import type { CriterionScore, GradeHistoryEntry } from './rubric';
import { User } from '../identity/user.entity';
import type { QuizSlot } from './quiz-attempt';
import { GradingMethod } from './quiz-grade';
import { ReviewTiming } from './review-policy';
import { AttemptEnd, QuizRole } from './assessment.enums';

/** The settings of a QUIZ lesson: its questions, window, limits, grading and review policy. */
@Entity()
@Unique({ properties: ['lesson'] })
export class Quiz extends BaseEntity {
  @ManyToOne(() => Lesson, { ref: true, deleteRule: 'cascade' })
  lesson!: Ref<Lesson>;

  /** Chosen questions and draws from categories, in order (`QuizSlot`). */
  @Property({ type: 'jsonb' })
  slots: QuizSlot[] & Opt = [];

  @Enum({ items: () => QuizRole, type: 'text' })
  role: QuizRole & Opt = QuizRole.QUIZ;

  @Property({ type: 'timestamptz', nullable: true })
  opensAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  closesAt?: Date | null;

  @Property({ type: 'smallint', nullable: true })
  timeLimitMinutes?: number | null;

  @Property({ type: 'smallint', nullable: true })
  attemptsAllowed?: number | null;

  /** Percent a learner's grade must reach for the lesson to be done; none: any graded attempt. */
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  passMarkPercent?: number | null;

  @Property({ type: 'boolean' })
  shuffleQuestions: boolean & Opt = false;

  @Property({ type: 'boolean' })
  shuffleOptions: boolean & Opt = false;

  @Enum({ items: () => GradingMethod, type: 'text' })
  gradingMethod: GradingMethod & Opt = GradingMethod.HIGHEST;

  @Enum({ items: () => ReviewTiming, type: 'text' })
  reviewScore: ReviewTiming & Opt = ReviewTiming.IMMEDIATELY;

  @Enum({ items: () => ReviewTiming, type: 'text' })
  reviewRightAnswers: ReviewTiming & Opt = ReviewTiming.AFTER_CLOSE;

  @Enum({ items: () => ReviewTiming, type: 'text' })
  reviewFeedback: ReviewTiming & Opt = ReviewTiming.IMMEDIATELY;
}

/**
 * One attempt of a learner at a quiz. Its paper (the questions as they were when it started, in
 * the order the learner sees them, and each question's option order) is kept on the attempt, so
 * later edits of the bank change neither what the learner sees nor how it is scored.
 */
@Entity()
@Unique({ properties: ['quiz', 'employee', 'number'] })
@Index({
  name: 'quiz_attempt_one_open_idx',
  expression: 'create unique index "quiz_attempt_one_open_idx" on "quiz_attempt" ("quiz_id", "employee_id") where "finished_at" is null',
})
export class QuizAttempt extends BaseEntity {
  @ManyToOne(() => Quiz, { ref: true, deleteRule: 'cascade' })
  quiz!: Ref<Quiz>;

  @Index()
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  /** 1 for the learner's first attempt at the quiz. */
  @Property({ type: 'smallint' })
  number!: number;

  @Property({ type: 'text' })
  seed!: string;

  /** The questions, in the learner's order. */
  @Property({ type: 'jsonb' })
  paper!: Question[];

  /** Per choice question, option ids in the learner's order. */
  @Property({ type: 'jsonb' })
  optionOrder!: Record<string, string[]>;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  /** The earlier of start + time limit and the quiz's close time; null when neither exists. */
  @Property({ type: 'timestamptz', nullable: true })
  deadline?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Enum({ items: () => AttemptEnd, type: 'text', nullable: true })
  finishedHow?: AttemptEnd | null;

  @Property({ type: new DecimalType('number'), precision: 9, scale: 2, nullable: true })
  score?: number | null;

  @Property({ type: new DecimalType('number'), precision: 9, scale: 2, nullable: true })
  maxScore?: number | null;

  /** Score over points × 100; null while open or while a question waits for a trainer. */
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  percent?: number | null;

  /** A question waits for a trainer. */
  @Property({ type: 'boolean' })
  pending: boolean & Opt = false;
}

/** The learner's saved response to one question of an attempt, and, once finished, its result. */
@Entity()
@Unique({ properties: ['attempt', 'questionId'] })
@Index({
  name: 'quiz_answer_awaiting_grade_idx',
  expression: `create index "quiz_answer_awaiting_grade_idx" on "quiz_answer" ("attempt_id") where ("result"->>'graded') = 'false'`,
})
export class QuizAnswer extends BaseEntity {
  @ManyToOne(() => QuizAttempt, { ref: true, deleteRule: 'cascade' })
  attempt!: Ref<QuizAttempt>;

  @Property({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'jsonb' })
  response!: LearnerResponse;

  /** The client's count of its saves of this answer: a save older than the kept one changes nothing. */
  @Property({ type: 'integer' })
  revision: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  savedAt!: Date;

  /** Set when the attempt is finished (and by a trainer's grading). */
  @Property({ type: 'jsonb', nullable: true })
  result?: QuestionResult | null;

  /** The trainer who last graded the response by hand, and when. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  gradedBy?: Ref<User> | null;

  @Property({ type: 'timestamptz', nullable: true })
  gradedAt?: Date | null;

  /** The trainer's comment for the learner (also the result's feedback). */
  @Property({ type: 'text', nullable: true })
  gradeFeedback?: string | null;

  /** The rubric levels the trainer chose, when the question has a rubric. */
  @Property({ type: 'jsonb', nullable: true })
  gradeScoring?: CriterionScore[] | null;

  /** Changes to the grade after the learner could see it, oldest first; never edited. */
  @Property({ type: 'jsonb' })
  gradeHistory: GradeHistoryEntry[] & Opt = [];
}
