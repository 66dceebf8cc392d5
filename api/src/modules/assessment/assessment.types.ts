import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/paging';
import { Competency } from '../competency/competency.entity';
import {
  AttemptEnd,
  AttemptStatus,
  DiscriminationRating,
  GradingMethod,
  Outcome,
  QuestionType,
  QuizRole,
  ReviewTiming,
} from './assessment.enums';
import { QuestionCategory } from './question.entity';

// ---- The bank, for its trainers (answer keys included: never returned to learners) ----

@ObjectType()
export class BankOption {
  @Field()
  id!: string;

  @Field()
  text!: string;

  @Field(() => Float)
  fraction!: number;

  @Field(() => String, { nullable: true })
  feedback?: string | null;
}

@ObjectType()
export class BankAnswer {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  tolerance?: number | null;

  @Field(() => Float)
  fraction!: number;

  @Field(() => String, { nullable: true })
  feedback?: string | null;
}

@ObjectType()
export class RubricLevelView {
  @Field()
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float)
  points!: number;
}

@ObjectType()
export class RubricCriterionView {
  @Field()
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [RubricLevelView], { description: 'Lowest first' })
  levels!: RubricLevelView[];
}

@ObjectType({ description: 'Criteria × levels with points a trainer scores an essay with' })
export class RubricView {
  @Field(() => [RubricCriterionView])
  criteria!: RubricCriterionView[];
}

@ObjectType({ description: 'A question of the bank with its key, for its owner and administrators' })
export class BankQuestionView {
  @Field(() => ID)
  id!: string;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field({ description: 'Markdown' })
  text!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => String, { nullable: true })
  generalFeedback?: string | null;

  @Field(() => [BankOption], { nullable: true })
  options?: BankOption[] | null;

  @Field(() => Boolean, { nullable: true })
  correct?: boolean | null;

  @Field(() => String, { nullable: true })
  trueFeedback?: string | null;

  @Field(() => String, { nullable: true })
  falseFeedback?: string | null;

  @Field(() => [BankAnswer], { nullable: true })
  answers?: BankAnswer[] | null;

  @Field(() => String, { nullable: true })
  otherFeedback?: string | null;

  @Field(() => String, { nullable: true })
  graderNotes?: string | null;

  @Field(() => RubricView, { nullable: true, description: 'ESSAY: the rubric it is scored with' })
  rubric?: RubricView | null;

  @Field(() => QuestionCategory, { nullable: true })
  category?: QuestionCategory | null;

  @Field(() => [Competency])
  competencies!: Competency[];

  @Field(() => Int, { nullable: true })
  level?: number | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class BankQuestionPage {
  @Field(() => [BankQuestionView])
  items!: BankQuestionView[];

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;
}

@ObjectType()
export class GiftImportError {
  @Field(() => Int)
  line!: number;

  @Field({ description: 'Stable code the client translates' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

@ObjectType()
export class GiftImportResult {
  @Field(() => Int)
  imported!: number;

  @Field(() => [GiftImportError], { description: 'Questions that were not imported, with their line' })
  errors!: GiftImportError[];

  @Field(() => [QuestionCategory], { description: 'Categories the file named that were created' })
  categoriesCreated!: QuestionCategory[];
}

// ---- Quiz settings ----

@ObjectType()
export class ReviewPolicyView {
  @Field(() => ReviewTiming)
  score!: ReviewTiming;

  @Field(() => ReviewTiming)
  rightAnswers!: ReviewTiming;

  @Field(() => ReviewTiming)
  feedback!: ReviewTiming;
}

@ObjectType()
export class QuizSlotView {
  @Field(() => BankQuestionView, { nullable: true })
  question?: BankQuestionView | null;

  @Field(() => QuestionCategory, { nullable: true })
  category?: QuestionCategory | null;

  @Field(() => Int, { description: 'Questions this place gives (1 for a chosen question)' })
  count!: number;
}

/** The rules of a quiz, shown alike to its authors (`QuizSettings`) and its learners (`QuizInfo`). */
@ObjectType() // a base: only the classes extending it are in the schema
export abstract class QuizRules {
  @Field(() => QuizRole)
  role!: QuizRole;

  @Field(() => Date, { nullable: true })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field(() => Int, { nullable: true })
  timeLimitMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  attemptsAllowed?: number | null;

  @Field(() => Float, { nullable: true })
  passMarkPercent?: number | null;

  @Field(() => GradingMethod)
  gradingMethod!: GradingMethod;

  @Field(() => ReviewPolicyView)
  review!: ReviewPolicyView;
}

@ObjectType({ description: 'A quiz’s settings with its questions, for the module’s authors' })
export class QuizSettings extends QuizRules {
  @Field(() => ID)
  lessonId!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field()
  lessonTitle!: string;

  @Field({ description: 'Settings change only while the module is a draft' })
  editable!: boolean;

  @Field()
  shuffleQuestions!: boolean;

  @Field()
  shuffleOptions!: boolean;

  @Field(() => [QuizSlotView])
  slots!: QuizSlotView[];
}

// ---- What a learner sees ----

@ObjectType()
export class QuizGradeView {
  @Field(() => Float, { nullable: true })
  percent?: number | null;

  @Field({ description: 'An attempt waits for a trainer, so the grade may change' })
  pending!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Reaches the pass mark; null while not known or when the quiz has none' })
  passed?: boolean | null;
}

@ObjectType()
export class QuizAttemptSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => AttemptStatus)
  status!: AttemptStatus;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  deadline?: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;

  @Field(() => Float, { nullable: true, description: 'Only when the review policy shows the score' })
  percent?: number | null;

  @Field({ description: 'A question waits for a trainer' })
  pending!: boolean;
}

@ObjectType()
export class QuizPermissions {
  @Field({ description: 'Start a new attempt now (an open attempt is resumed instead)' })
  start!: boolean;

  @Field(() => String, { nullable: true, description: 'Why not: NOT_OPEN_YET, CLOSED, NO_ATTEMPTS_LEFT, NOT_ENROLLED' })
  startRefusal?: string | null;

  @Field({ description: 'Edit the quiz’s settings and questions' })
  edit!: boolean;
}

@ObjectType({ description: 'A quiz as a learner sees it before and between attempts: no questions, no keys' })
export class QuizInfo extends QuizRules {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  questionCount!: number;

  @Field(() => [QuizAttemptSummary], { description: 'The viewer’s attempts, latest first' })
  myAttempts!: QuizAttemptSummary[];

  @Field(() => QuizGradeView, { nullable: true, description: 'The viewer’s grade, when the review policy shows scores' })
  myGrade?: QuizGradeView | null;

  @Field(() => QuizPermissions)
  viewerCan!: QuizPermissions;
}

@ObjectType()
export class AttemptOption {
  @Field()
  id!: string;

  @Field({ description: 'Safe HTML' })
  textHtml!: string;
}

@ObjectType()
export class SavedResponse {
  @Field(() => [String], { nullable: true })
  optionIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  truth?: boolean | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@ObjectType()
export class RightNumber {
  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  tolerance!: number;
}

@ObjectType()
export class RightAnswerView {
  @Field(() => [String], { nullable: true })
  optionIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  truth?: boolean | null;

  @Field(() => [String], { nullable: true })
  texts?: string[] | null;

  @Field(() => [RightNumber], { nullable: true })
  numbers?: RightNumber[] | null;
}

@ObjectType({ description: 'A change to a released grade, as its learner sees it' })
export class AttemptGradeChange {
  @Field(() => Date)
  changedAt!: Date;

  @Field({ description: 'The name of the trainer who changed it' })
  changedByName!: string;

  @Field({ description: 'Why the trainer changed it' })
  reason!: string;

  @Field(() => Float)
  previousScore!: number;

  @Field(() => Float)
  nextScore!: number;
}

@ObjectType({
  description: 'A question of an attempt. Score, outcome, feedback and right answer only after it is finished, as the review policy allows',
})
export class AttemptQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1-based place in the attempt' })
  number!: number;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field({ description: 'Safe HTML' })
  textHtml!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => [AttemptOption], { nullable: true, description: 'Choice questions, in the attempt’s order' })
  options?: AttemptOption[] | null;

  @Field(() => SavedResponse, { nullable: true })
  response?: SavedResponse | null;

  @Field(() => Int, { description: 'How many saves of this answer the server holds (the client’s revision)' })
  revision!: number;

  @Field(() => Boolean, { nullable: true, description: 'Finished attempts: false while a trainer has to grade it' })
  graded?: boolean | null;

  @Field(() => Float, { nullable: true })
  score?: number | null;

  @Field(() => Outcome, { nullable: true })
  outcome?: Outcome | null;

  @Field(() => [String], { nullable: true, description: 'Safe HTML' })
  feedbackHtml?: string[] | null;

  @Field(() => RightAnswerView, { nullable: true })
  rightAnswer?: RightAnswerView | null;

  @Field(() => [AttemptGradeChange], {
    nullable: true,
    description: 'Changes to the trainer’s grade after it was released, oldest first; only when the review policy shows scores',
  })
  gradeChanges?: AttemptGradeChange[] | null;
}

@ObjectType()
export class AttemptScore {
  @Field(() => Float)
  score!: number;

  @Field(() => Float)
  maxScore!: number;

  @Field(() => Float, { nullable: true })
  percent?: number | null;

  @Field()
  pending!: boolean;
}

@ObjectType()
export class ReviewVisibilityView {
  @Field()
  score!: boolean;

  @Field()
  rightAnswers!: boolean;

  @Field()
  feedback!: boolean;
}

@ObjectType('QuizAttempt', { description: 'A learner’s attempt, as its learner may see it now' })
export class QuizAttemptView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => AttemptStatus)
  status!: AttemptStatus;

  @Field(() => ID)
  lessonId!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field()
  title!: string;

  @Field(() => QuizRole)
  role!: QuizRole;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  deadline?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seconds to the deadline by the server’s clock, while open' })
  secondsLeft?: number | null;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;

  @Field(() => AttemptEnd, { nullable: true })
  finishedHow?: AttemptEnd | null;

  @Field(() => [AttemptQuestion])
  questions!: AttemptQuestion[];

  @Field(() => ReviewVisibilityView)
  visibility!: ReviewVisibilityView;

  @Field(() => AttemptScore, { nullable: true, description: 'When the review policy shows the score' })
  total?: AttemptScore | null;

  @Field(() => Boolean, { nullable: true, description: 'This attempt reaches the pass mark (with the score; null when the quiz has none)' })
  passed?: boolean | null;
}

@ObjectType()
export class SavedAnswer {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Date)
  savedAt!: Date;

  @Field(() => Int)
  revision!: number;
}

// ---- Trainer grading ----

@ObjectType({ description: 'A change to a grade after the learner could see it' })
export class GradeChangeView {
  @Field(() => Date)
  changedAt!: Date;

  @Field(() => ID)
  changedById!: string;

  @Field({ description: 'The name of the user who changed it' })
  changedByName!: string;

  @Field()
  reason!: string;

  @Field(() => Float)
  previousScore!: number;

  @Field(() => Float)
  nextScore!: number;

  @Field(() => [CriterionScoreView], { nullable: true })
  previousScoring?: CriterionScoreView[] | null;

  @Field(() => [CriterionScoreView], { nullable: true })
  nextScoring?: CriterionScoreView[] | null;

  @Field(() => String, { nullable: true })
  previousFeedback?: string | null;

  @Field(() => String, { nullable: true })
  nextFeedback?: string | null;
}

@ObjectType()
export class CriterionScoreView {
  @Field()
  criterionId!: string;

  @Field()
  levelId!: string;

  @Field(() => String, { nullable: true })
  feedback?: string | null;
}

@ObjectType({ description: 'A learner’s response to one question of a finished attempt, for the module’s authors to grade' })
export class GradingItem {
  @Field(() => ID)
  attemptId!: string;

  @Field(() => ID)
  questionId!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field()
  moduleTitle!: string;

  @Field({ description: 'The quiz lesson’s title' })
  quizTitle!: string;

  @Field()
  learnerName!: string;

  @Field(() => Int, { description: 'The learner’s attempt number' })
  attemptNumber!: number;

  @Field(() => Date, { description: 'When the attempt was submitted (or ended at its deadline)' })
  submittedAt!: Date;

  @Field(() => QuestionType)
  questionType!: QuestionType;

  @Field({ description: 'Safe HTML' })
  questionHtml!: string;

  @Field(() => String, { nullable: true, description: 'The question’s notes for graders (safe HTML)' })
  graderNotesHtml?: string | null;

  @Field(() => String, { nullable: true, description: 'The learner’s typed answer' })
  responseText?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Choice questions: the options the learner chose (safe HTML), in the attempt’s order',
  })
  chosenOptionsHtml?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True/false questions: the learner’s answer (null when unanswered)' })
  responseTruth?: boolean | null;

  @Field(() => Outcome, { nullable: true, description: 'How the response was scored (PENDING while it waits for a trainer)' })
  outcome?: Outcome | null;

  @Field(() => Float, { description: 'The most the response may score: the question’s points' })
  maxScore!: number;

  @Field(() => RubricView, { nullable: true, description: 'The rubric to score with (as the question was when the attempt started)' })
  rubric?: RubricView | null;

  @Field(() => [CriterionScoreView], { nullable: true, description: 'The levels chosen, when graded with the rubric' })
  scoring?: CriterionScoreView[] | null;

  @Field({ description: 'False while the response waits for a trainer' })
  graded!: boolean;

  @Field(() => Float, { nullable: true })
  score?: number | null;

  @Field(() => String, { nullable: true, description: 'The trainer’s comment' })
  feedback?: string | null;

  @Field(() => Date, { nullable: true })
  gradedAt?: Date | null;

  @Field({ description: 'The learner could already see the grade: changing it needs a reason and is kept in the history' })
  released!: boolean;

  @Field(() => [GradeChangeView])
  history!: GradeChangeView[];
}

@ObjectType()
export class GradingQueuePage extends PageOf(GradingItem, 'GradingQueuePage') {}

@ObjectType({ description: 'A quiz whose responses the viewer grades: an option of the grading queue’s quiz filter' })
export class GradingQuiz {
  @Field(() => ID, { description: 'The quiz’s lesson' })
  lessonId!: string;

  @Field()
  title!: string;

  @Field()
  moduleTitle!: string;
}

// ---- Statistics for the module's authors: item analysis and learning gain ----

@ObjectType({ description: 'One question of a quiz over the finished attempts that had it' })
export class QuizItemStatistics {
  @Field(() => ID)
  questionId!: string;

  @Field({ description: 'The question’s title, else the first line of its text, as on the latest paper that had it' })
  label!: string;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => Int, { description: 'Finished attempts with a graded response to the question' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Mean score as a percent of the question’s points (high = easy)' })
  facility!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Correlation (−1..1) of the question’s score with the rest of the attempt; null with too few responses or no variation',
  })
  discrimination!: number | null;

  @Field(() => DiscriminationRating, { nullable: true, description: 'How the discrimination reads; null without one' })
  rating!: DiscriminationRating | null;
}

@ObjectType({ description: 'Item analysis of a quiz, for the module’s authors and administrators' })
export class QuizItemAnalysis {
  @Field(() => ID)
  lessonId!: string;

  @Field(() => Int, { description: 'Finished attempts analysed' })
  attempts!: number;

  @Field(() => Int, { description: 'Fewest responses a discrimination is computed from' })
  minResponses!: number;

  @Field(() => [QuizItemStatistics], { description: 'In the order of the quiz’s latest paper' })
  items!: QuizItemStatistics[];
}

@ObjectType({ description: 'One learner’s pre-test and post-test grades (percents) and gain' })
export class LearnerGain {
  @Field(() => ID)
  employeeId!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Pre-test grade; null before it is finished and graded' })
  pre!: number | null;

  @Field(() => Float, { nullable: true })
  post!: number | null;

  @Field(() => Float, { nullable: true, description: 'post − pre in percentage points, when both are known' })
  absoluteGain!: number | null;

  @Field(() => Float, { nullable: true, description: 'Hake’s (post − pre) / (100 − pre); null when either is unknown or pre was 100' })
  normalisedGain!: number | null;
}

@ObjectType({ description: 'The gain of the learners who took both tests' })
export class ClassGain {
  @Field(() => Int)
  learners!: number;

  @Field(() => Float, { nullable: true })
  meanPre!: number | null;

  @Field(() => Float, { nullable: true })
  meanPost!: number | null;

  @Field(() => Float, { nullable: true })
  meanAbsoluteGain!: number | null;

  @Field(() => Float, { nullable: true, description: 'Hake’s class gain: the normalised gain of the means' })
  classGain!: number | null;

  @Field(() => Float, { nullable: true, description: 'The mean of the learners’ own normalised gains' })
  meanNormalisedGain!: number | null;
}

@ObjectType({ description: 'Pre-test → post-test gain of a module’s learners, for its authors and administrators' })
export class ModuleLearningGain {
  @Field(() => ID)
  moduleId!: string;

  @Field(() => ID, { nullable: true, description: 'The module’s PRE_TEST quiz lesson (the first, if several)' })
  preTestLessonId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The module’s POST_TEST quiz lesson (the first, if several)' })
  postTestLessonId!: string | null;

  @Field(() => [LearnerGain], { description: 'Learners with a finished attempt at either test, by name' })
  learners!: LearnerGain[];

  @Field(() => ClassGain)
  summary!: ClassGain;
}

@ObjectType({ description: 'Pre-test → post-test gain of a group’s participants in one module of the group’s material' })
export class GroupModuleGain {
  @Field(() => ID, { description: 'The module version the group learned from' })
  moduleId!: string;

  @Field()
  title!: string;

  @Field(() => ClassGain, { description: 'Over the participants who finished both tests; only they count' })
  summary!: ClassGain;
}
