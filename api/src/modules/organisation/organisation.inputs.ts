import { IsEmail, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CODE_PATTERN, LIMITS, PHONE_PATTERN, PLACEMENT_LIMITS } from '@komunitas-pintar/domain';
import { IsLocalDate, MinTrimmedLength, NotBlank } from '../../common/validators';
import { EmployeeType, OpdKind, PositionType } from './organisation.enums';

@InputType()
export class EmployeeFilter {
  @Field({ nullable: true, description: 'Part of the name, or the start of the NIP' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opdId?: string;

  @Field(() => PositionType, { nullable: true })
  @IsOptional()
  positionType?: PositionType;

  @Field(() => EmployeeType, { nullable: true })
  @IsOptional()
  employeeType?: EmployeeType;

  @Field({ nullable: true, description: 'Only active (true) or inactive (false) employees' })
  @IsOptional()
  active?: boolean;
}

@InputType()
export class PositionFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Positions of this OPD and general positions' })
  @IsOptional()
  @IsUUID()
  opdId?: string;

  @Field(() => PositionType, { nullable: true })
  @IsOptional()
  positionType?: PositionType;
}

/** Optional contact and placement fields, shared by create and update (a base type only). */
@InputType('EmployeeDetailsBase')
abstract class EmployeeDetails {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day (YYYY-MM-DD) a new position or OPD takes effect, at the latest today (the default); only with such a change',
  })
  @IsOptional()
  @IsLocalDate()
  placedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Golongan, e.g. III/a (PNS) or IX (PPPK)' })
  @IsOptional()
  @MaxLength(10)
  rank?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(LIMITS.emailMax)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must contain 6–30 digits, spaces, dashes or brackets' })
  phone?: string | null;
}

@InputType()
export class CreateEmployeeInput extends EmployeeDetails {
  @Field({ description: '18 digits; spaces are ignored' })
  @MaxLength(30)
  nip!: string;

  @Field()
  @MinTrimmedLength(LIMITS.personNameMin)
  @MaxLength(LIMITS.nameMax)
  @NotBlank()
  name!: string;

  @Field(() => EmployeeType)
  employeeType!: EmployeeType;

  @Field(() => ID)
  @IsUUID()
  opdId!: string;
}

@InputType({ description: 'Fields left out keep their value; nip, name, employeeType, opdId and active cannot be set to null' })
export class UpdateEmployeeInput extends EmployeeDetails {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  nip?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinTrimmedLength(LIMITS.personNameMin)
  @MaxLength(LIMITS.nameMax)
  @NotBlank()
  name?: string | null;

  @Field(() => EmployeeType, { nullable: true })
  @IsOptional()
  employeeType?: EmployeeType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opdId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;
}

@InputType()
export class CreateOpdInput {
  @Field()
  @Matches(CODE_PATTERN, { message: 'code may contain letters, digits, dot, dash and underscore' })
  @MaxLength(LIMITS.codeMax)
  code!: string;

  @Field()
  @MinTrimmedLength(3)
  @MaxLength(LIMITS.nameMax)
  @NotBlank()
  name!: string;

  @Field(() => OpdKind)
  kind!: OpdKind;
}

@InputType()
export class CreatePositionInput {
  @Field()
  @Matches(CODE_PATTERN, { message: 'code may contain letters, digits, dot, dash and underscore' })
  @MaxLength(LIMITS.codeMax)
  code!: string;

  @Field()
  @MinTrimmedLength(3)
  @MaxLength(LIMITS.nameMax)
  @NotBlank()
  name!: string;

  @Field(() => PositionType)
  positionType!: PositionType;

  @Field(() => ID, { nullable: true, description: 'Leave empty for a position any OPD may use' })
  @IsOptional()
  @IsUUID()
  opdId?: string;
}

@InputType()
export class ImportEmployeesInput {
  @Field({ description: 'CSV text with a header row: NIP, name, OPD code, position code, rank, type' })
  @MaxLength(LIMITS.csvMaxBytes)
  csv!: string;
}

@InputType({ description: 'A corrected first day of a position held, with the reason kept in the audit trail' })
export class CorrectPlacementStartInput {
  @Field(() => ID, { description: 'The record of the positions held (PositionHeld.id)' })
  @IsUUID()
  placementId!: string;

  @Field({
    description:
      'The first day (YYYY-MM-DD) the position was held: at the latest today, before the record ends, and after the previous record began; a previous record that ended the day this one began ends on the new day',
  })
  @IsLocalDate()
  fromDate!: string;

  @Field({
    description:
      'The first day (YYYY-MM-DD) the record began when the administrator read it: when it has changed since (another correction), nothing is written and the answer is CONFLICT with the current day',
  })
  @IsLocalDate()
  expectedFromDate!: string;

  @Field({ description: `Why (${PLACEMENT_LIMITS.reasonMin}–${PLACEMENT_LIMITS.reasonMax} characters); kept in the audit trail` })
  @NotBlank()
  @MinTrimmedLength(PLACEMENT_LIMITS.reasonMin)
  @MaxLength(PLACEMENT_LIMITS.reasonMax)
  reason!: string;
}
