import { IsIn, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ACCOUNT_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { MinTrimmedLength, NotBlank } from '../../common/validators';
import { Role } from '../../common/role';
import { GRANTABLE_ROLES } from './role';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
  LOCKED = 'LOCKED',
  /** No password was issued yet: the account cannot log in. */
  NO_PASSWORD = 'NO_PASSWORD',
  /** The password was issued by an administrator and not changed yet. */
  MUST_CHANGE_PASSWORD = 'MUST_CHANGE_PASSWORD',
}

registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'What an administrator filters accounts by' });

@InputType()
export class AccountFilter {
  @Field({ nullable: true, description: 'Part of the name or username, or the start of the NIP' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => Role, { nullable: true, description: 'Accounts holding this role (LEARNER: linked to an employee)' })
  @IsOptional()
  role?: Role;

  @Field(() => AccountStatus, { nullable: true })
  @IsOptional()
  status?: AccountStatus;
}

/** A reason an administrator gives for a change; kept in the audit trail. */
@InputType('AccountChangeBase')
abstract class AccountChange {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field({ description: `Why (${ACCOUNT_LIMITS.reasonMin}–${ACCOUNT_LIMITS.reasonMax} characters); kept in the audit trail` })
  @NotBlank()
  @MinTrimmedLength(ACCOUNT_LIMITS.reasonMin)
  @MaxLength(ACCOUNT_LIMITS.reasonMax)
  reason!: string;
}

@InputType()
export class ChangeRoleInput extends AccountChange {
  @Field(() => Role, { description: 'TRAINER, SUPERVISOR, COMMITTEE or ADMIN; LEARNER follows from the employee link' })
  @IsIn(GRANTABLE_ROLES, { message: 'LEARNER is not granted: every account linked to an employee learns' })
  role!: Role;
}

@InputType()
export class SetAccountActiveInput extends AccountChange {
  @Field({ description: 'False disables the account and ends its sessions; true enables it again' })
  active!: boolean;
}

@InputType()
export class UnlockAccountInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@InputType()
export class IssuePasswordInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The password to give; leave out to have one generated and shown once. Either way it must be changed at the first login.',
  })
  @IsOptional()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password?: string | null;
}
