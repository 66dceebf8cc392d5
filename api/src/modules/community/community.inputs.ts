import { ArrayMaxSize, IsInt, IsOptional, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { COMMUNITY_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { IsLocalDate, MinTrimmedLength, NotBlank } from '../../common/validators';
import { IsCompetencyLevel } from '../competency/level.validator';
import { GroupFunding, GroupMode, GroupStatus, JoinPolicy, MemberResult } from './community.enums';

@InputType()
export class GroupCompetencyInput {
  @Field(() => ID)
  @IsUUID()
  competencyId!: string;

  @Field(() => Int, { description: 'Level the group aims for (1–5)' })
  @IsCompetencyLevel()
  level!: number;
}

/** Fields of a group a draft may change; every one required when creating. */
@InputType()
export class GroupFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @MinTrimmedLength(3)
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @MinTrimmedLength(10)
  @MaxLength(COMMUNITY_LIMITS.purposeMax)
  purpose?: string;

  @Field(() => [GroupCompetencyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(COMMUNITY_LIMITS.competencies)
  @ValidateNested({ each: true })
  competencies?: GroupCompetencyInput[];

  @Field(() => ID, { nullable: true, description: 'The employee who leads the group (default: the proposer)' })
  @IsOptional()
  @IsUUID()
  groupTrainerId?: string;

  @Field(() => ID, { nullable: true, description: 'The employee who monitors the group (pengawas kelompok)' })
  @IsOptional()
  @IsUUID()
  groupMonitorId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(COMMUNITY_LIMITS.capacityMin)
  @Max(COMMUNITY_LIMITS.capacityMax)
  capacity?: number;

  @Field(() => JoinPolicy, { nullable: true })
  @IsOptional()
  joinPolicy?: JoinPolicy;

  @Field(() => [ID], { nullable: true, description: 'For LISTED_OPDS: the OPDs whose employees may apply' })
  @IsOptional()
  @ArrayMaxSize(COMMUNITY_LIMITS.openOpds)
  @IsUUID(undefined, { each: true })
  openToOpdIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Published course modules the group learns from (optional material)' })
  @IsOptional()
  @ArrayMaxSize(COMMUNITY_LIMITS.materials)
  @IsUUID(undefined, { each: true })
  materialModuleIds?: string[];

  @Field(() => GroupMode, { nullable: true })
  @IsOptional()
  mode?: GroupMode;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsLocalDate()
  plannedStart?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsLocalDate()
  plannedEnd?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(COMMUNITY_LIMITS.plannedSessionsMax)
  plannedSessions?: number;

  @Field(() => GroupFunding, { nullable: true })
  @IsOptional()
  funding?: GroupFunding;

  @Field(() => Int, { nullable: true, description: 'Rupiah per participant' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(COMMUNITY_LIMITS.costMax)
  costPerParticipant?: number;

  @Field(() => Int, { nullable: true, description: "COST_SHARING: the participant's share, 1–99 %" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  participantSharePercent?: number | null;

  @Field(() => String, { nullable: true, description: 'APBD: kode rekening / DPA line' })
  @IsOptional()
  @NotBlank()
  @MaxLength(COMMUNITY_LIMITS.budgetReferenceMax)
  budgetReference?: string | null;
}

@InputType()
export class CreateGroupInput extends GroupFieldsInput {}

@InputType()
export class UpdateGroupInput extends GroupFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

/** Names a group; the inputs of acts on a group extend it. */
@InputType()
export class GroupIdInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;
}

@InputType()
export class GroupReasonInput extends GroupIdInput {
  @Field({ description: 'Why, for the trainer and the record' })
  @NotBlank()
  @MinTrimmedLength(COMMUNITY_LIMITS.reasonMin)
  @MaxLength(COMMUNITY_LIMITS.reasonMax)
  reason!: string;
}

@InputType()
export class GroupMemberInput extends GroupIdInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;
}

@InputType()
export class DecideApplicationInput extends GroupMemberInput {
  @Field({ description: 'True accepts, false declines' })
  accept!: boolean;
}

@InputType()
export class MemberResultInput extends GroupMemberInput {
  @Field(() => MemberResult)
  result!: MemberResult;

  @Field(() => Int, { nullable: true, description: '0–100' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COMMUNITY_LIMITS.reasonMax)
  comment?: string | null;
}

@InputType()
export class MemberNotesInput extends GroupMemberInput {
  @Field()
  @MaxLength(COMMUNITY_LIMITS.purposeMax)
  notes!: string;
}

@InputType()
export class GroupFilter {
  @Field({ nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Groups building this competency' })
  @IsOptional()
  @IsUUID()
  competencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Groups an employee of this OPD may join' })
  @IsOptional()
  @IsUUID()
  opdId?: string;

  @Field(() => GroupMode, { nullable: true })
  @IsOptional()
  mode?: GroupMode;

  @Field(() => GroupFunding, { nullable: true })
  @IsOptional()
  funding?: GroupFunding;

  @Field(() => GroupStatus, { nullable: true, description: 'Only for `mine` or administrators; the catalog shows open groups' })
  @IsOptional()
  status?: GroupStatus;

  @Field({ nullable: true, description: 'Groups the viewer leads, monitors, created or belongs to' })
  @IsOptional()
  mine?: boolean;

  @Field({ nullable: true, description: 'Administrators: proposals waiting for a decision' })
  @IsOptional()
  toDecide?: boolean;
}

@InputType()
export class PlanSessionInput extends GroupIdInput {
  @Field()
  @NotBlank()
  @MinTrimmedLength(3)
  @MaxLength(LIMITS.nameMax)
  topic!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it meets (for OFFLINE and BLENDED groups)' })
  @IsOptional()
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  placeName?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @Field(() => Int, { nullable: true, description: 'Metres; check-ins further away are flagged' })
  @IsOptional()
  @IsInt()
  @Min(20)
  @Max(5000)
  radiusMeters?: number | null;

  @Field(() => String, { nullable: true, description: 'https meeting link (for ONLINE and BLENDED groups)' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'meetingUrl must be an https:// link' })
  @MaxLength(2000)
  meetingUrl?: string | null;
}

/** Names a session; the inputs of acts on a session extend it. */
@InputType()
export class SessionIdInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;
}

@InputType()
export class CheckInInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The session, from the QR code; without it the open sessions of the member’s groups are tried',
  })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field({ description: 'The six digits shown on the trainer’s screen' })
  @Matches(/^\d{6}$/, { message: 'code must be the six digits shown' })
  code!: string;

  @Field(() => Float, { nullable: true, description: 'The phone’s location, given with the member’s consent' })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

@InputType()
export class MarkAttendanceInput extends SessionIdInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => Date, { nullable: true, description: 'Default: the session start' })
  @IsOptional()
  checkInAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: the session end' })
  @IsOptional()
  checkOutAt?: Date | null;

  @Field({ description: 'Why by hand, shown with the attendance' })
  @NotBlank()
  @MinTrimmedLength(COMMUNITY_LIMITS.reasonMin)
  @MaxLength(COMMUNITY_LIMITS.reasonMax)
  reason!: string;
}

@InputType()
export class SessionReportInput extends SessionIdInput {
  @Field({ description: 'What was learned' })
  @NotBlank()
  @MinTrimmedLength(10)
  @MaxLength(COMMUNITY_LIMITS.purposeMax)
  report!: string;

  @Field(() => [String], { nullable: true, description: 'https links to photos or files' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true, message: 'evidence links must be https:// links' })
  evidenceLinks?: string[];
}
