import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDateString,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CODE_PATTERN, COMPETENCY_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { MinTrimmedLength, NotBlank } from '../../common/validators';
import { Employee } from '../organisation/employee.entity';
import { Position } from '../organisation/position.entity';
import { Competency } from './competency.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import { AssessmentMethod, CompetencyType } from './competency.enums';
import { CareerPath } from './career-path.entity';
import { IsCompetencyLevel } from './level.validator';

@InputType()
export class CompetencyFilter {
  @Field({ nullable: true, description: 'Part of the name or code' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => CompetencyType, { nullable: true })
  @IsOptional()
  type?: CompetencyType;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  governmentAffair?: string;

  @Field({ nullable: true, description: 'Include retired competencies' })
  @IsOptional()
  includeInactive?: boolean;
}

@InputType()
export class CompetencyLevelInput {
  @Field(() => Int)
  @IsCompetencyLevel()
  level!: number;

  @Field()
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin)
  @MaxLength(COMPETENCY_LIMITS.levelDescriptionMax)
  @NotBlank()
  description!: string;

  @Field(() => [String], { description: 'Behavioural indicators: at least one, none blank' })
  @ArrayMinSize(1, { message: 'Give at least one behavioural indicator' })
  @ArrayMaxSize(COMPETENCY_LIMITS.indicators)
  @MaxLength(COMPETENCY_LIMITS.indicatorMax, { each: true })
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin, { each: true })
  @NotBlank({ each: true, message: 'An indicator cannot be blank' })
  indicators!: string[];
}

@InputType()
export class CreateCompetencyInput {
  @Field()
  @Matches(CODE_PATTERN, { message: 'code may contain letters, digits, dot, dash and underscore' })
  @MaxLength(LIMITS.codeMax)
  code!: string;

  @Field()
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin)
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @Field(() => CompetencyType)
  type!: CompetencyType;

  @Field(() => String, { nullable: true, description: 'Required for a technical competency; ignored for the others' })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  governmentAffair?: string | null;

  @Field()
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin)
  @NotBlank()
  @MaxLength(2000)
  description!: string;

  @Field(() => [CompetencyLevelInput], { description: 'Exactly the five levels 1–5' })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  levels!: CompetencyLevelInput[];
}

@InputType()
export class UpdateCompetencyInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin)
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field(() => String, { nullable: true, description: 'A technical competency must keep one; ignored for the others' })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  governmentAffair?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin)
  @NotBlank()
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  active?: boolean;

  @Field(() => [CompetencyLevelInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  levels?: CompetencyLevelInput[];
}

@InputType()
export class RequiredCompetencyInput {
  @Field(() => ID)
  @IsUUID()
  competencyId!: string;

  @Field(() => Int)
  @IsCompetencyLevel()
  requiredLevel!: number;
}

@InputType()
export class TrainingRequirementInput {
  @Field()
  @MinTrimmedLength(COMPETENCY_LIMITS.textMin)
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field({ description: 'MUTLAK, PENTING or PERLU' })
  @IsIn(['MUTLAK', 'PENTING', 'PERLU'])
  rating!: 'MUTLAK' | 'PENTING' | 'PERLU';
}

@InputType()
export class PositionRequirementsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  education?: string | null;

  @Field(() => [TrainingRequirementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  training?: TrainingRequirementInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  experience?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  rank?: string | null;
}

@InputType()
export class SetPositionStandardInput {
  @Field(() => ID)
  @IsUUID()
  positionId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  governmentAffair?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  summary?: string | null;

  @Field(() => PositionRequirementsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  requirements?: PositionRequirementsInput | null;

  @Field(() => [RequiredCompetencyInput], { description: 'The whole standard: it replaces the current rows' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  competencies!: RequiredCompetencyInput[];
}

@InputType()
export class AddCareerPathInput {
  @Field(() => ID)
  @IsUUID()
  fromPositionId!: string;

  @Field(() => ID)
  @IsUUID()
  toPositionId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class RemoveCareerPathInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class SetPositionTypeDefaultInput {
  @Field()
  @MaxLength(40)
  code!: string;

  @Field(() => Int)
  @IsCompetencyLevel()
  defaultManagerialLevel!: number;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => ID)
  @IsUUID()
  competencyId!: string;

  @Field(() => Int)
  @IsCompetencyLevel()
  level!: number;

  @Field(() => AssessmentMethod)
  method!: AssessmentMethod;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted' })
  @IsOptional()
  @IsDateString({ strict: true })
  assessedOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; assessedOn plus the validity window when omitted' })
  @IsOptional()
  @IsDateString({ strict: true })
  validUntil?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;

  @Field(() => ID, { nullable: true, description: 'An uploaded file (POST /files) backing the assessment' })
  @IsOptional()
  @IsUUID()
  evidenceFileId?: string | null;
}

@InputType()
export class CompetencyGapInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => ID, { nullable: true, description: 'Target position; the current position when omitted' })
  @IsOptional()
  @IsUUID()
  positionId?: string;
}

@ObjectType()
export class DictionaryPermissions {
  @Field({ description: 'Edit the competency, or the position’s standard and career paths' })
  edit!: boolean;
}

@ObjectType()
export class TrainingRequirement {
  @Field()
  name!: string;

  @Field()
  rating!: string;
}

@ObjectType()
export class PositionRequirementsType {
  @Field(() => String, { nullable: true })
  education?: string | null;

  @Field(() => [TrainingRequirement])
  training!: TrainingRequirement[];

  @Field(() => String, { nullable: true })
  experience?: string | null;

  @Field(() => String, { nullable: true })
  rank?: string | null;
}

@ObjectType()
export class CareerPathNode {
  @Field(() => Position)
  position!: Position;

  @Field(() => Int, { description: 'Steps from the root: negative before it, positive after it' })
  distance!: number;
}

@ObjectType()
export class CareerPathGraph {
  @Field(() => Position)
  root!: Position;

  @Field(() => [CareerPathNode], { description: 'Every position reachable from the root, each once, nearest first' })
  nodes!: CareerPathNode[];

  @Field(() => [CareerPath], { description: 'The links among these positions' })
  links!: CareerPath[];
}

@ObjectType()
export class ProfileItem {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int, { nullable: true, description: 'Current level by the documented rule; null without valid evidence' })
  currentLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level the current position requires' })
  requiredLevel!: number | null;

  @Field(() => CompetencyAssessment, { nullable: true, description: 'The evidence that decides the current level' })
  evidence!: CompetencyAssessment | null;

  @Field(() => Int)
  assessmentCount!: number;
}

@ObjectType()
export class CompetencyProfile {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [ProfileItem])
  items!: ProfileItem[];
}

@ObjectType()
export class GapItem {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  requiredLevel!: number;

  @Field(() => Int, { nullable: true })
  currentLevel!: number | null;

  @Field(() => Int, { description: 'Levels still missing (0 when met)' })
  gap!: number;

  @Field(() => CompetencyAssessment, { nullable: true })
  evidence!: CompetencyAssessment | null;
}

@ObjectType()
export class GapSummary {
  @Field(() => Int)
  required!: number;

  @Field(() => Int, { description: 'Competencies at or above the required level' })
  met!: number;

  @Field(() => Int, { description: 'Sum of the missing levels' })
  totalGap!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Percent of required levels reached: Σ min(current, required) / Σ required; null without a standard',
  })
  score!: number | null;
}

@ObjectType()
export class CompetencyGap {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Position, { nullable: true, description: 'The position compared against; null when the employee has none' })
  position!: Position | null;

  @Field(() => [GapItem], { description: 'Largest gaps first' })
  items!: GapItem[];

  @Field(() => GapSummary)
  summary!: GapSummary;
}
