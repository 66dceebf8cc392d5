import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The JP rules in force, as configured: what forms and progress bars compute with' })
export class JpRules {
  @Field(() => Int, { description: 'Minutes of learning in one JP' })
  minutesPerJp!: number;

  @Field(() => Float, { description: 'JP a PNS is owed per calendar year (PP 17/2020)' })
  pnsYearlyTarget!: number;

  @Field(() => Float, { description: 'Most JP a PPPK employee is given per contract year (PP 49/2018)' })
  pppkYearlyMax!: number;
}
