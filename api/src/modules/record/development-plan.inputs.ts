import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PLAN_LIMITS } from '@komunitas-pintar/domain';
import { IsJp } from '../../common/validators';
import { IsCompetencyLevel, IsHeldLevel } from '../competency/level.validator';
import { HasTargetLevel, IsTargetLevelOfItem } from './plan-level.validator';
import { PlanStatus } from './record.enums';
import { IsYear } from './year.validator';

@InputType()
export class PlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsYear()
  year?: number;

  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  status?: PlanStatus;

  @Field({
    nullable: true,
    description:
      'Only submitted plans the viewer may decide on (as their supervisor; administrators: those of supervisors of their own OPD)',
  })
  @IsOptional()
  toDecide?: boolean;
}

@InputType()
export class ProposePlanInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => Int)
  @IsYear()
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Also close the gap to this position' })
  @IsOptional()
  @IsUUID()
  targetPositionId?: string;
}

@InputType()
export class PlanItemInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  competencyId?: string | null;

  @Field(() => Int, { description: 'SIASN form of learning (jenis diklat) id' })
  @IsInt()
  @Min(1)
  formId!: number;

  @Field(() => Float)
  @Min(PLAN_LIMITS.jpMin)
  @Max(PLAN_LIMITS.jpMax)
  @IsJp()
  targetJp!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The level of the competency held when the item was drafted (0: none yet); given only with targetLevel',
  })
  @IsOptional()
  @IsHeldLevel()
  @HasTargetLevel()
  currentLevel?: number | null;

  @Field(() => Int, { nullable: true, description: "The level of the item's competency to reach, above currentLevel" })
  @IsOptional()
  @IsCompetencyLevel()
  @IsTargetLevelOfItem()
  targetLevel?: number | null;

  @Field(() => String, { nullable: true, description: "The learner's own note" })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  organiser?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  plannedMonth?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000_000_000)
  budget?: number | null;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetPositionId?: string | null;

  @Field(() => [PlanItemInput], { description: 'The whole list of items: it replaces the current one' })
  @ArrayMaxSize(PLAN_LIMITS.items)
  @ValidateNested({ each: true })
  items!: PlanItemInput[];
}

@InputType()
export class PlanDecisionInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PLAN_LIMITS.commentMax)
  comment?: string | null;
}

@InputType()
export class ReturnPlanInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field({ description: 'What the employee should change' })
  @MinLength(PLAN_LIMITS.commentMin)
  @MaxLength(PLAN_LIMITS.commentMax)
  comment!: string;
}

@InputType()
export class SubmitPlanInput {
  @Field(() => ID)
  @IsUUID()
  planId!: string;
}

@ObjectType()
export class PlanPermissions {
  @Field({ description: 'Edit items and submit' })
  edit!: boolean;

  @Field({ description: 'Approve or return' })
  decide!: boolean;
}
