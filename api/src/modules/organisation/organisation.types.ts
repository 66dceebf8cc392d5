import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1)' })
  line!: number;

  @Field(() => String, { nullable: true })
  nip?: string | null;

  @Field()
  field!: string;

  @Field()
  rule!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class ImportEmployeesResult {
  @Field({ description: 'True when every row was valid and written' })
  ok!: boolean;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@ObjectType()
export class EmployeePermissions {
  @Field()
  update!: boolean;

  @Field({ description: 'Read the employee’s records: competency profile, development plans, JP' })
  readRecords!: boolean;

  @Field({ description: 'Correct the first day of the positions the employee held' })
  correctPlacements!: boolean;
}
