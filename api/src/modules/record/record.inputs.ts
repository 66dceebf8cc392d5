import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '@komunitas-pintar/domain';
import { IsJp, IsLocalDate, NotBlank } from '../../common/validators';
import { CreditMode, HolidayKind } from './record.enums';
import { IsYear } from './year.validator';

@InputType()
export class JpSummaryInput {
  @Field(() => ID)
  @IsUUID()
  employeeId!: string;

  @Field(() => Int)
  @IsYear()
  year!: number;
}

@InputType()
export class UpdateLearningFormInput {
  @Field(() => Int)
  @IsInt()
  id!: number;

  @Field(() => CreditMode, { nullable: true })
  @IsOptional()
  creditMode?: CreditMode;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(500)
  @IsJp()
  creditValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.5)
  @Max(24)
  @IsJp()
  maxJpPerDay?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  maxSessionsPerMonth?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  requiresReport?: boolean;
}

@InputType()
export class HolidaysInput {
  @Field(() => Int)
  @IsYear()
  year!: number;
}

@InputType()
export class AddHolidayInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  date!: string;

  @Field()
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @Field(() => HolidayKind)
  kind!: HolidayKind;
}

@InputType()
export class RemoveHolidayInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDate()
  date!: string;
}
