import { IsNumber, MaxLength } from 'class-validator';
import { Field, Float, InputType, ObjectType } from 'type-graphql';

@ObjectType()
export class SettingInfo {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  defaultValue!: number;

  @Field(() => Float)
  min!: number;

  @Field(() => Float)
  max!: number;

  @Field({ description: 'The value is a whole number (years, minutes, a percentage), shown without decimals' })
  integer!: boolean;

  @Field()
  description!: string;
}

@InputType()
export class UpdateSettingInput {
  @Field()
  @MaxLength(100)
  key!: string;

  @Field(() => Float)
  @IsNumber()
  value!: number;
}
