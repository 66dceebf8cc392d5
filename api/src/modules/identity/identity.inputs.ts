import { ArrayMaxSize, IsNotEmpty, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '@komunitas-pintar/domain';

@InputType()
export class LoginInput {
  @Field({ description: 'Username or 18-digit NIP' })
  @IsNotEmpty()
  @MaxLength(LIMITS.usernameMax)
  username!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @Field()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

@InputType()
export class SetSupervisedOpdsInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  opdIds!: string[];
}
