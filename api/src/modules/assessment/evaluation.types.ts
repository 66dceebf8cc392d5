import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NotBlank } from '../../common/validators';
import { LIKERT_MAX, LIKERT_MIN } from './evaluation';
import { GroupModuleGain } from './assessment.types';
import { CompetencyApplied } from './evaluation.entity';

/** Sizes of the evaluation form and its answers. */
export const EVALUATION_LIMITS = { items: 20, itemTextMax: 300, commentMax: 2000, noteMax: 1000 } as const;

@ObjectType({ description: 'A Likert statement of the evaluation form, answered 1 (disagree) to 5 (agree)' })
export class EvaluationItemView {
  @Field()
  id!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'The evaluation form as the administrator edits it, with the limits the server keeps' })
export class EvaluationForm {
  @Field(() => [EvaluationItemView])
  items!: EvaluationItemView[];

  @Field(() => Int)
  itemsMax!: number;

  @Field(() => Int)
  itemTextMax!: number;
}

@ObjectType({ description: 'A completed module the viewer may still evaluate' })
export class DueEvaluation {
  @Field(() => ID, { description: 'The version of the module the viewer completed' })
  moduleId!: string;

  @Field()
  title!: string;

  @Field(() => Date)
  completedAt!: Date;
}

@ObjectType({ description: 'A completed community group the viewer took part in and has not evaluated' })
export class DueGroupEvaluation {
  @Field(() => ID)
  groupId!: string;

  @Field()
  title!: string;

  @Field(() => Date)
  completedAt!: Date;
}

@ObjectType({ description: 'The evaluation form and the modules and groups the viewer may evaluate with it' })
export class MyEvaluations {
  @Field(() => [EvaluationItemView])
  items!: EvaluationItemView[];

  @Field(() => Int)
  commentMax!: number;

  @Field(() => [DueEvaluation], { description: 'Completed modules not yet evaluated nor skipped, latest completed first' })
  due!: DueEvaluation[];

  @Field(() => [DueGroupEvaluation], {
    description:
      'Completed community groups the viewer took part in and has not evaluated, latest completed first; evaluated on the group’s page',
  })
  dueGroups!: DueGroupEvaluation[];
}

@ObjectType({ description: 'One item’s answers across respondents; mean and distribution only with enough answers' })
export class EvaluationItemResult {
  @Field()
  itemId!: string;

  @Field()
  text!: string;

  @Field(() => Int)
  answers!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => [Int], { nullable: true, description: 'How many answered 1, 2, 3, 4 and 5' })
  distribution!: number[] | null;
}

/** The aggregate of an evaluation's responses, whatever was evaluated: nothing in it belongs to one respondent. */
@ObjectType() // a base: only the classes extending it are in the schema
export abstract class EvaluationAggregateFields {
  @Field(() => Int)
  responses!: number;

  @Field(() => Int, { description: 'Responses needed before anything but the count is shown' })
  minResponses!: number;

  @Field({ description: 'Enough responses: items and comments are shown' })
  released!: boolean;

  @Field(() => [EvaluationItemResult], { description: 'Empty until released' })
  items!: EvaluationItemResult[];

  @Field(() => [String], { description: 'Comments without names, in alphabetical order; empty until released' })
  comments!: string[];
}

@ObjectType({ description: 'A module’s evaluation in aggregate: nothing in it belongs to one respondent' })
export class EvaluationResults extends EvaluationAggregateFields {
  @Field(() => ID)
  moduleId!: string;

  @Field()
  title!: string;
}

@ObjectType({ description: 'A module the viewer trains (or, for administrators, any evaluated module) and how many evaluated it' })
export class EvaluatedModule {
  @Field(() => ID, { description: 'The latest version' })
  moduleId!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  responses!: number;
}

@ObjectType({ description: 'What the viewer may do with a completed group’s evaluation, decided on the server' })
export class GroupEvaluationPermissions {
  @Field({ description: 'Evaluate the group’s trainer and programme now: a participant who has not yet done so' })
  evaluate!: boolean;

  @Field({ description: 'Read the evaluation in aggregate and the learning gain: the group’s trainer and monitor, administrators' })
  readResults!: boolean;
}

@ObjectType({ description: 'The viewer’s part in the evaluation of a completed community group' })
export class GroupEvaluation {
  @Field(() => ID)
  groupId!: string;

  @Field()
  title!: string;

  @Field({ description: 'The viewer took part and has evaluated it (not when they declined)' })
  evaluated!: boolean;

  @Field(() => GroupEvaluationPermissions)
  viewerCan!: GroupEvaluationPermissions;

  @Field(() => [EvaluationItemView], {
    description: 'The form’s statements (the same form as modules’); empty unless the viewer may evaluate',
  })
  items!: EvaluationItemView[];

  @Field(() => Int)
  commentMax!: number;
}

@ObjectType({
  description: 'A completed group’s evaluation in aggregate (nothing in it belongs to one respondent) and its participants’ learning gain',
})
export class GroupEvaluationResults extends EvaluationAggregateFields {
  @Field(() => ID)
  groupId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Members active when the group completed: who may evaluate it' })
  participants!: number;

  @Field(() => [GroupModuleGain], {
    description: 'Pre-test → post-test gain of the participants in each module of the group’s material that has both tests',
  })
  learningGain!: GroupModuleGain[];
}

@InputType()
export class EvaluationAnswerInput {
  @Field()
  @MaxLength(40)
  itemId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(LIKERT_MIN)
  @Max(LIKERT_MAX)
  value!: number;
}

/** The answers of an evaluation, whatever is evaluated. */
@InputType('EvaluationAnswersBase') // a base: only the classes extending it are in the schema
abstract class EvaluationAnswersInput {
  @Field(() => [EvaluationAnswerInput], { description: 'Items left out count as skipped' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(EVALUATION_LIMITS.items)
  answers!: EvaluationAnswerInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EVALUATION_LIMITS.commentMax)
  comment?: string | null;
}

@InputType()
export class SubmitEvaluationInput extends EvaluationAnswersInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;
}

@InputType()
export class SubmitGroupEvaluationInput extends EvaluationAnswersInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;
}

@InputType()
export class GroupEvaluationInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;
}

@InputType()
export class EvaluationModuleInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;
}

@InputType({ description: 'A statement of the form: keep `id` to keep its answers when rewording' })
export class EvaluationItemInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  id?: string | null;

  @Field()
  @NotBlank()
  @MaxLength(EVALUATION_LIMITS.itemTextMax)
  text!: string;
}

@InputType()
export class EvaluationTemplateInput {
  @Field(() => [EvaluationItemInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(EVALUATION_LIMITS.items)
  items!: EvaluationItemInput[];
}

registerEnumType(CompetencyApplied, {
  name: 'CompetencyApplied',
  description: 'Whether the employee applies at work what the module taught',
});

@ObjectType({ description: 'A module an employee the viewer supervises completed some months ago, awaiting the follow-up' })
export class FollowUpDue {
  @Field(() => ID)
  employeeId!: string;

  @Field()
  employeeName!: string;

  @Field()
  nip!: string;

  @Field(() => ID, { description: 'The version the employee completed' })
  moduleId!: string;

  @Field()
  moduleTitle!: string;

  @Field(() => [String], { description: 'The competencies the module develops' })
  competencies!: string[];

  @Field(() => Date)
  completedAt!: Date;

  @Field({ description: 'Local date from which the follow-up is asked' })
  dueOn!: string;

  @Field({ description: 'Local date from which it is no longer asked (it lapses unanswered)' })
  closesOn!: string;
}

@ObjectType({ description: 'The viewer’s pending follow-ups and the limits of an answer' })
export class DueFollowUps {
  @Field(() => [FollowUpDue], { description: 'Oldest completion first' })
  items!: FollowUpDue[];

  @Field(() => Int, { description: 'Months after completion before a follow-up is asked' })
  months!: number;

  @Field(() => Int, { description: 'Months a follow-up stays asked once due' })
  openMonths!: number;

  @Field(() => Int)
  noteMax!: number;
}

@InputType()
export class AnswerFollowUpInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field(() => CompetencyApplied)
  applied!: CompetencyApplied;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EVALUATION_LIMITS.noteMax)
  note?: string | null;
}
