import { Field, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/paging';
import { Role } from '../../common/role';
import { User } from './user.entity';

export const AccountPage = PageOf(User, 'AccountPage');

@ObjectType({ description: 'A password an administrator issued; it must be changed at the next login' })
export class IssuedPassword {
  @Field(() => User)
  user!: User;

  @Field(() => String, {
    nullable: true,
    description: 'The generated password, shown this once and stored nowhere; null when the administrator chose it',
  })
  generatedPassword!: string | null;
}

@ObjectType({ description: 'What the viewer may do with this account' })
export class AccountPermissions {
  @Field({ description: 'Grant and revoke roles, unlock, issue a password' })
  manage!: boolean;

  @Field({ description: "Disable or enable the account (never one's own)" })
  setActive!: boolean;

  @Field(() => [Role], { description: 'Roles the viewer may grant to this account now' })
  grantableRoles!: Role[];

  @Field(() => [Role], { description: "Roles the viewer may revoke now (not the last active administrator's ADMIN)" })
  revocableRoles!: Role[];
}

@ObjectType({ description: 'Counts of login accounts by standing, for administrators' })
export class AccountFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  disabled!: number;

  @Field(() => Int, { description: 'Locked now after too many failed logins' })
  locked!: number;

  @Field(() => Int, { description: 'Active accounts still waiting for a first password' })
  noPassword!: number;

  @Field(() => Int, { description: 'Active accounts whose issued password is not changed yet' })
  mustChangePassword!: number;
}
