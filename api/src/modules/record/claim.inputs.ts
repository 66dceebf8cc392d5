import { ArrayMaxSize, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CLAIM_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { IsJp, IsLocalDate, NotBlank } from '../../common/validators';
import { CreditStep, type CreditStepData } from './credit-step';
import { ClaimEvidenceKind, ClaimStatus, FundingSource } from './record.enums';
import { IsYear } from './year.validator';

@InputType()
export class MonthSessionsInput {
  @Field({ description: 'YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be written YYYY-MM' })
  month!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(CLAIM_LIMITS.sessionsPerMonthMax)
  sessions!: number;
}

@InputType()
export class ClaimEvidenceInput {
  @Field(() => ID, { description: 'A file uploaded through POST /files' })
  @IsUUID()
  fileId!: string;

  @Field(() => ClaimEvidenceKind)
  kind!: ClaimEvidenceKind;
}

/** What a claim states. The JP are not among them: the form's rule computes them. */
@InputType()
export class LearningClaimInput {
  @Field(() => ID, {
    nullable: true,
    description: "Whose learning; the viewer's own when left out (administrators may name another employee)",
  })
  @IsOptional()
  @IsUUID()
  employeeId?: string | null;

  @Field(() => Int, { description: 'SIASN form of learning (jenis diklat) id, 1–25' })
  @IsInt()
  @Min(1)
  formId!: number;

  @Field()
  @NotBlank()
  @MaxLength(CLAIM_LIMITS.titleMax)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Penyelenggara' })
  @IsOptional()
  @MaxLength(LIMITS.nameMax)
  organiser?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  endDate!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Dates actually attended (YYYY-MM-DD), for forms counted per day or with a daily cap; without them, the working days of the span',
  })
  @IsOptional()
  @ArrayMaxSize(CLAIM_LIMITS.spanDaysMax)
  @IsLocalDate({ each: true })
  attendedDates?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Hours of learning, for forms counted by curriculum, actual time or as approved' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(CLAIM_LIMITS.hoursMin)
  @Max(CLAIM_LIMITS.hoursMax)
  hours?: number | null;

  @Field(() => [MonthSessionsInput], { nullable: true, description: 'Sessions held in each month, for forms counted per session' })
  @IsOptional()
  @ArrayMaxSize(CLAIM_LIMITS.monthsMax)
  @ValidateNested({ each: true })
  sessionsPerMonth?: MonthSessionsInput[] | null;

  @Field({ defaultValue: false })
  international: boolean = false;

  @Field(() => FundingSource)
  funding!: FundingSource;

  @Field(() => [ClaimEvidenceInput], { nullable: true, description: 'Evidence files (certificate scan, report); ignored by the preview' })
  @IsOptional()
  @ArrayMaxSize(CLAIM_LIMITS.evidenceMax)
  @ValidateNested({ each: true })
  evidence?: ClaimEvidenceInput[] | null;
}

@InputType()
export class UpdateLearningClaimInput extends LearningClaimInput {
  @Field(() => ID)
  @IsUUID()
  claimId!: string;
}

@InputType()
export class ApproveClaimInput {
  @Field(() => ID)
  @IsUUID()
  claimId!: string;

  @Field(() => Float, { nullable: true, description: 'The JP given, for forms credited as approved (by default the JP the hours stated)' })
  @IsOptional()
  @Min(0)
  @Max(CLAIM_LIMITS.approvedJpMax)
  @IsJp()
  jp?: number | null;
}

@InputType()
export class ClaimDecisionInput {
  @Field(() => ID)
  @IsUUID()
  claimId!: string;

  @Field({ description: 'Why: the employee reads it' })
  @NotBlank()
  @MaxLength(CLAIM_LIMITS.reasonMax)
  reason!: string;
}

@InputType()
export class ClaimFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @Field(() => ClaimStatus, { nullable: true })
  @IsOptional()
  status?: ClaimStatus;

  @Field(() => Int, { nullable: true, description: 'Claims ending in this year' })
  @IsOptional()
  @IsYear()
  year?: number;

  @Field({ nullable: true, description: 'Only submitted claims the viewer may decide on (the approval queue)' })
  @IsOptional()
  toDecide?: boolean;
}

@ObjectType()
export class ClaimPermissions {
  @Field({ description: 'Change and send again (the employee, or the administrator who recorded it, while not decided)' })
  edit!: boolean;

  @Field({ description: 'Approve, reject or return it' })
  decide!: boolean;
}

@ObjectType()
export class ClaimPreviewDay {
  @Field()
  date!: string;

  @Field(() => Float)
  jp!: number;

  @Field(() => Int)
  sessions!: number;
}

@ObjectType({ description: 'The JP a claim would earn, by its form’s rule, before it is sent' })
export class ClaimPreview {
  @Field(() => Float)
  jp!: number;

  @Field(() => Int)
  sessions!: number;

  @Field(() => [CreditStep], { description: 'How the JP were computed: coded steps, in the order applied' })
  steps!: CreditStepData[];

  @Field(() => [ClaimPreviewDay])
  days!: ClaimPreviewDay[];

  @Field({ description: 'The approver sets the JP (forms credited as approved); `jp` is what the hours stated give' })
  approverSetsJp!: boolean;

  @Field({ description: 'The form needs a learning report among the evidence' })
  requiresReport!: boolean;
}
