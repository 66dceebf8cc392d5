import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { COMMITTEE_LIMITS, LIMITS, PNS_RANKS, PPPK_RANKS } from '@komunitas-pintar/domain';
import { IsIntBetween, IsJp, MinTrimmedLength, NotBlank } from '../../common/validators';
import { AssessmentMethod } from '../competency/competency.enums';
import { IsCompetencyLevel } from '../competency/level.validator';
import { EmployeeType, PositionType } from '../organisation/organisation.enums';
import { PerformanceRating, PotentialRating } from './nine-box';

export enum TalentSort {
  NAME = 'NAME',
  NIP = 'NIP',
  /** Most JP over the JP condition's years first (the last three years without one). */
  JP = 'JP',
}
registerEnumType(TalentSort, { name: 'TalentSort', description: 'Order of talent search results' });

@InputType({ description: 'Holds this competency at this level or higher' })
export class CompetencyCondition {
  @Field(() => ID)
  @IsUUID()
  competencyId!: string;

  @Field(() => Int)
  @IsCompetencyLevel()
  minLevel!: number;
}

@InputType({ description: 'At least `minJp` approved JP in every year from `fromYear` to `toYear`' })
export class JpCondition {
  @Field(() => Int)
  @IsIntBetween(2000, 2100)
  fromYear!: number;

  @Field(() => Int)
  @IsIntBetween(2000, 2100)
  toYear!: number;

  @Field(() => Float, { nullable: true, description: 'Per year; omitted: the PNS yearly target (compliance)' })
  @IsOptional()
  @IsJp()
  @Min(0.1)
  minJp?: number | null;
}

/** The conditions of a talent search; every condition given must hold. Saved searches keep these. */
@InputType()
export class TalentFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or the start of the NIP' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string | null;

  @Field(() => [CompetencyCondition], { nullable: true, description: 'All must hold' })
  @IsOptional()
  @ArrayMaxSize(COMMITTEE_LIMITS.competencyConditions)
  @ValidateNested({ each: true })
  competencies?: CompetencyCondition[] | null;

  @Field(() => Int, { nullable: true, description: 'The evidence of each competency condition is at most this many months old' })
  @IsOptional()
  @IsIntBetween(1, COMMITTEE_LIMITS.evidenceMonthsMax)
  evidenceWithinMonths?: number | null;

  @Field(() => [AssessmentMethod], { nullable: true, description: 'Only evidence of these methods counts for the competency conditions' })
  @IsOptional()
  @ArrayMaxSize(5)
  evidenceMethods?: AssessmentMethod[] | null;

  @Field(() => JpCondition, { nullable: true })
  @IsOptional()
  @ValidateNested()
  jp?: JpCondition | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  opdIds?: string[] | null;

  @Field(() => [PositionType], { nullable: true })
  @IsOptional()
  positionTypes?: PositionType[] | null;

  @Field(() => [String], { nullable: true, description: 'Golongan, e.g. III/c' })
  @IsOptional()
  @ArrayMaxSize(40)
  @IsIn([...PNS_RANKS, ...PPPK_RANKS], { each: true })
  ranks?: string[] | null;

  @Field(() => [EmployeeType], { nullable: true })
  @IsOptional()
  employeeTypes?: EmployeeType[] | null;

  @Field(() => Int, { nullable: true, description: 'Holds at least this many valid (not revoked) registered certificates' })
  @IsOptional()
  @IsIntBetween(1, 100)
  minCertificates?: number | null;

  @Field(() => String, { nullable: true, description: 'Holds a valid registered certificate whose title contains this text' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  @NotBlank()
  certificateTitle?: string | null;

  @Field(() => Int, { nullable: true, description: 'Completed (and was credited for) at least this many smart community groups' })
  @IsOptional()
  @IsIntBetween(1, 100)
  minGroupsCompleted?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Has held the current position for at least this many years (employees whose start in it is not known do not match)',
  })
  @IsOptional()
  @IsIntBetween(1, 40)
  minYearsInPosition?: number | null;
}

/** A purpose is required for every committee read: the meeting, the vacancy. */
function Purpose(): PropertyDecorator {
  const rules = [MaxLength(COMMITTEE_LIMITS.purposeMax), MinTrimmedLength(COMMITTEE_LIMITS.purposeMin), NotBlank()];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}

@InputType()
export class TalentSearchInput extends TalentFilter {
  @Field({ description: 'Why the search is made (the meeting or the vacancy); kept in the audit log' })
  @Purpose()
  purpose!: string;
}

@InputType()
export class EmployeeHistoryInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field({ description: 'Why the history is read; kept in the audit log and shown to the employee' })
  @Purpose()
  purpose!: string;
}

@InputType()
export class TalentPoolInput {
  @Field(() => ID, { description: 'The vacant position whose standard candidates are ranked against' })
  @IsUUID()
  positionId!: string;

  @Field(() => Int, { nullable: true, description: `How many candidates (default ${COMMITTEE_LIMITS.poolDefault})` })
  @IsOptional()
  @IsIntBetween(1, COMMITTEE_LIMITS.poolMax)
  limit?: number | null;

  @Field({ description: 'Why the pool is drawn up; kept in the audit log' })
  @Purpose()
  purpose!: string;
}

@InputType()
export class RecordTalentRatingInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => Int)
  @IsIntBetween(2000, 2100)
  year!: number;

  @Field(() => PerformanceRating)
  performance!: PerformanceRating;

  @Field(() => PotentialRating)
  potential!: PotentialRating;
}

@InputType()
export class ImportTalentRatingsInput {
  @Field({ description: 'CSV with a header row: nip, tahun (year), kinerja (performance), potensial (potential)' })
  @MaxLength(LIMITS.csvMaxBytes)
  csv!: string;
}

@InputType()
export class SaveSearchInput {
  @Field()
  @NotBlank()
  @MaxLength(COMMITTEE_LIMITS.savedSearchNameMax)
  name!: string;

  @Field(() => TalentFilter)
  @ValidateNested()
  filter!: TalentFilter;
}
