import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '@komunitas-pintar/domain';
import { IsLocalDate } from '../../common/validators';

@InputType({ description: 'Conditions on the audit log; every condition given must hold' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'The act code, or its start (committee. for every committee act)' })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[a-z][a-z.]*$/, { message: 'An act code is lower-case words separated by dots' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the actor's username" })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only acts concerning this employee' })
  @IsOptional()
  @IsUUID()
  employeeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the purpose' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, local calendar)' })
  @IsOptional()
  @IsLocalDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to and including this day (YYYY-MM-DD, local calendar)' })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;
}
