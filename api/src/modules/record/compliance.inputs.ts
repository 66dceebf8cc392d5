import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsYear } from './year.validator';

@InputType()
export class OpdComplianceInput {
  @Field(() => Int, { description: 'The calendar year (a PNS JP year; for a PPPK the contract year starting in it)' })
  @IsYear()
  year!: number;
}

@InputType()
export class OpdComplianceMembersInput extends OpdComplianceInput {
  @Field(() => ID)
  @IsUUID()
  opdId!: string;
}
