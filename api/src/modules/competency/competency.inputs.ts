import { ArrayMaxSize, ArrayMinSize, IsDateString, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CODE_PATTERN, COMPETENCY_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { MinTrimmedLength, NotBlank } from '../../common/validators';
import { AssessmentMethod, CompetencyType } from './competency.enums';
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
  @MaxLength(COMPETENCY_LIMITS.descriptionMax)
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
  @MaxLength(COMPETENCY_LIMITS.descriptionMax)
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
  @MaxLength(COMPETENCY_LIMITS.trainingNameMax)
  name!: string;

  @Field({ description: 'MUTLAK, PENTING or PERLU' })
  @IsIn(['MUTLAK', 'PENTING', 'PERLU'])
  rating!: 'MUTLAK' | 'PENTING' | 'PERLU';
}

@InputType()
export class PositionRequirementsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COMPETENCY_LIMITS.educationMax)
  education?: string | null;

  @Field(() => [TrainingRequirementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  training?: TrainingRequirementInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COMPETENCY_LIMITS.experienceMax)
  experience?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COMPETENCY_LIMITS.rankMax)
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
  @MaxLength(COMPETENCY_LIMITS.standardSummaryMax)
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
  @MaxLength(COMPETENCY_LIMITS.careerPathNoteMax)
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
  @MaxLength(COMPETENCY_LIMITS.evidenceMax)
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
