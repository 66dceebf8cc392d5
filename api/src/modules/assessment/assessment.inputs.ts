import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GRADING_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { NotBlank } from '../../common/validators';
import { IsCompetencyLevel } from '../competency/level.validator';
import { QuestionType, QUESTION_LIMITS } from './question';
import { RESPONSE_TEXT_MAX } from './question-scoring';
import { RUBRIC_LIMITS } from './rubric';
import { GradingMethod, QuizRole, ReviewTiming } from './assessment.enums';

/** The bank's and quizzes' sizes the forms share. */
export const ASSESSMENT_LIMITS = { giftMax: 1_000_000, slots: 100, drawMax: 200, timeLimitMax: 600, attemptsMax: 100 } as const;

@InputType()
export class QuestionCategoryInput {
  @Field()
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  name!: string;
}

@InputType()
export class UpdateQuestionCategoryInput extends QuestionCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class IdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType({ description: 'An option of a choice question' })
export class QuestionOptionInput {
  @Field(() => String, { nullable: true, description: 'Keep the id of an existing option; new options get one' })
  @IsOptional()
  @MaxLength(40)
  id?: string | null;

  @Field()
  @MaxLength(QUESTION_LIMITS.optionTextMax)
  text!: string;

  @Field(() => Float, { description: 'Share of the points: 1 right, 0 wrong; multiple choice from -1' })
  fraction!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.feedbackMax)
  feedback?: string | null;
}

@InputType({ description: 'An accepted answer: `text` for short answer, `value` and `tolerance` for numeric' })
export class AcceptedAnswerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.optionTextMax)
  text?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  tolerance?: number | null;

  @Field(() => Float)
  fraction!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.feedbackMax)
  feedback?: string | null;
}

@InputType({ description: 'A level of a rubric criterion; levels ascend in points' })
export class RubricLevelInput {
  @Field(() => String, { nullable: true, description: 'Keep the id of an existing level; new levels get one' })
  @IsOptional()
  @MaxLength(40)
  id?: string | null;

  @Field()
  @MaxLength(RUBRIC_LIMITS.titleMax)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RUBRIC_LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => Float)
  points!: number;
}

@InputType({ description: 'A criterion of a rubric with its levels, lowest first' })
export class RubricCriterionInput {
  @Field(() => String, { nullable: true, description: 'Keep the id of an existing criterion; new criteria get one' })
  @IsOptional()
  @MaxLength(40)
  id?: string | null;

  @Field()
  @MaxLength(RUBRIC_LIMITS.titleMax)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RUBRIC_LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => [RubricLevelInput])
  @ArrayMaxSize(RUBRIC_LIMITS.levels)
  @ValidateNested({ each: true })
  levels!: RubricLevelInput[];
}

@InputType({ description: 'An essay’s rubric: its top levels add up to the question’s points' })
export class RubricInput {
  @Field(() => [RubricCriterionInput])
  @ArrayMaxSize(RUBRIC_LIMITS.criteria)
  @ValidateNested({ each: true })
  criteria!: RubricCriterionInput[];
}

/** A question as a trainer writes it; which fields count depends on `type` (see the assessment README). */
@InputType()
export class QuestionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => String, { nullable: true, description: 'A short name trainers see; never shown to learners' })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.titleMax)
  title?: string | null;

  @Field({ description: 'Markdown' })
  @MaxLength(QUESTION_LIMITS.textMax)
  text!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.feedbackMax)
  generalFeedback?: string | null;

  @Field(() => [QuestionOptionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.options.max)
  @ValidateNested({ each: true })
  options?: QuestionOptionInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'TRUE_FALSE: whether the statement is true' })
  @IsOptional()
  @IsBoolean()
  correct?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.feedbackMax)
  trueFeedback?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.feedbackMax)
  falseFeedback?: string | null;

  @Field(() => [AcceptedAnswerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.answers.max)
  @ValidateNested({ each: true })
  answers?: AcceptedAnswerInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.feedbackMax)
  otherFeedback?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.textMax)
  graderNotes?: string | null;

  @Field(() => RubricInput, { nullable: true, description: 'ESSAY: the rubric the trainer scores with (none: a plain score)' })
  @IsOptional()
  @ValidateNested()
  rubric?: RubricInput | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  competencyIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCompetencyLevel()
  level?: number | null;
}

@InputType()
export class UpdateQuestionInput extends QuestionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class QuestionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  type?: QuestionType;

  @Field({ nullable: true, description: 'Part of the title or text' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;
}

@InputType({ description: 'Narrows the grading queue to one quiz and to learners by name or NIP' })
export class GradingQueueFilter {
  @Field(() => ID, { nullable: true, description: 'The quiz’s lesson: one of `gradingQuizzes`' })
  @IsOptional()
  @IsUUID()
  lessonId?: string;

  @Field({ nullable: true, description: 'Part of the learner’s name, or the start of their NIP' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;
}

@InputType()
export class ImportGiftInput {
  @Field({ description: 'The text of a GIFT file' })
  @MaxLength(ASSESSMENT_LIMITS.giftMax)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Category for questions the file puts in none' })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;
}

@InputType({ description: 'A chosen question (questionId), or `count` questions drawn at random from a category' })
export class QuizSlotInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  questionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.drawMax)
  count?: number | null;
}

@InputType()
export class QuizSettingsInput {
  @Field(() => ID, { description: 'The QUIZ lesson (of a draft module)' })
  @IsUUID()
  lessonId!: string;

  @Field(() => QuizRole, { defaultValue: QuizRole.QUIZ })
  role: QuizRole = QuizRole.QUIZ;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  closesAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Minutes; none: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.timeLimitMax)
  timeLimitMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'None: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ASSESSMENT_LIMITS.attemptsMax)
  attemptsAllowed?: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent the grade must reach; none: any graded attempt passes' })
  @IsOptional()
  @Min(0)
  @Max(100)
  passMarkPercent?: number | null;

  @Field({ defaultValue: false })
  shuffleQuestions: boolean = false;

  @Field({ defaultValue: false })
  shuffleOptions: boolean = false;

  @Field(() => GradingMethod, { defaultValue: GradingMethod.HIGHEST })
  gradingMethod: GradingMethod = GradingMethod.HIGHEST;

  @Field(() => ReviewTiming, { defaultValue: ReviewTiming.IMMEDIATELY })
  reviewScore: ReviewTiming = ReviewTiming.IMMEDIATELY;

  @Field(() => ReviewTiming, { defaultValue: ReviewTiming.AFTER_CLOSE })
  reviewRightAnswers: ReviewTiming = ReviewTiming.AFTER_CLOSE;

  @Field(() => ReviewTiming, { defaultValue: ReviewTiming.IMMEDIATELY })
  reviewFeedback: ReviewTiming = ReviewTiming.IMMEDIATELY;

  @Field(() => [QuizSlotInput])
  @ArrayMaxSize(ASSESSMENT_LIMITS.slots)
  @ValidateNested({ each: true })
  slots!: QuizSlotInput[];
}

@InputType()
export class StartQuizAttemptInput {
  @Field(() => ID, { description: 'The QUIZ lesson' })
  @IsUUID()
  lessonId!: string;
}

@InputType()
export class AttemptIdInput {
  @Field(() => ID)
  @IsUUID()
  attemptId!: string;
}

@InputType({
  description: 'A response to one question: optionIds (choice), truth (true/false) or text (the others). Nothing given clears it',
})
export class SaveQuizAnswerInput {
  @Field(() => ID)
  @IsUUID()
  attemptId!: string;

  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.options.max)
  @MaxLength(40, { each: true })
  optionIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  truth?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RESPONSE_TEXT_MAX)
  text?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The client’s count of saves of this answer; an older save than the kept one changes nothing',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number | null;
}

@InputType({ description: 'The level a trainer chooses for one criterion of a rubric' })
export class CriterionScoreInput {
  @Field()
  @MaxLength(40)
  criterionId!: string;

  @Field()
  @MaxLength(40)
  levelId!: string;

  @Field(() => String, { nullable: true, description: 'A comment on this criterion, for the learner' })
  @IsOptional()
  @MaxLength(GRADING_LIMITS.criterionFeedbackMax)
  feedback?: string | null;
}

@InputType({ description: 'A trainer’s grade for one response of a finished attempt' })
export class GradeResponseInput {
  @Field(() => ID)
  @IsUUID()
  attemptId!: string;

  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Without a rubric: 0 to the question’s points (`maxScore`), at most two decimals. With one, the levels decide',
  })
  @IsOptional()
  score?: number | null;

  @Field(() => [CriterionScoreInput], { nullable: true, description: 'With a rubric: one level for each criterion' })
  @IsOptional()
  @ArrayMaxSize(RUBRIC_LIMITS.criteria)
  @ValidateNested({ each: true })
  scoring?: CriterionScoreInput[] | null;

  @Field(() => String, { nullable: true, description: 'The trainer’s comment for the learner' })
  @IsOptional()
  @MaxLength(GRADING_LIMITS.feedbackMax)
  feedback?: string | null;

  @Field(() => String, { nullable: true, description: 'Why a grade the learner could already see changes (required then)' })
  @IsOptional()
  @MaxLength(GRADING_LIMITS.reasonMax)
  reason?: string | null;
}
