import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Competency } from '../competency/competency.entity';
import { AssessmentMethod } from '../competency/competency.enums';
import { Employee } from '../organisation/employee.entity';

@ObjectType({ description: 'The deciding evidence of a competency condition' })
export class MatchedCompetency {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  level!: number;

  @Field(() => AssessmentMethod)
  method!: AssessmentMethod;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;
}

@ObjectType()
export class YearJp {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'Approved JP of the year' })
  jp!: number;

  @Field(() => Float, { nullable: true, description: 'The yearly target (PNS); null for PPPK' })
  targetJp!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the target was reached; null without a target' })
  reached!: boolean | null;
}

@ObjectType({ description: 'One employee found, with the facts that made them match' })
export class TalentRow {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [MatchedCompetency])
  competencies!: MatchedCompetency[];

  @Field(() => [YearJp], { description: "JP per year over the JP condition's years (the last three without one)" })
  jpByYear!: YearJp[];
}

@ObjectType()
export class TalentSearchResult {
  @Field(() => [TalentRow])
  items!: TalentRow[];

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;
}

export enum HistoryKind {
  POSITION = 'POSITION',
  LEARNING = 'LEARNING',
  ASSESSMENT = 'ASSESSMENT',
  MODULE = 'MODULE',
  PLAN = 'PLAN',
  CERTIFICATE = 'CERTIFICATE',
  GROUP = 'GROUP',
  EVALUATION = 'EVALUATION',
}
registerEnumType(HistoryKind, { name: 'HistoryKind', description: 'What a history entry records' });

@ObjectType({ description: 'One dated entry of an employee history' })
export class HistoryEvent {
  @Field(() => HistoryKind)
  kind!: HistoryKind;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Form and organiser, or the assessment method: the short line under the title' })
  detail!: string | null;

  @Field(() => String, { nullable: true, description: 'Status code of the record: APPROVED, PENDING, REJECTED (learning); COMPLETED, ENROLLED (modules); the plan status' })
  status!: string | null;

  @Field(() => Float, { nullable: true })
  jp!: number | null;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => ID, { description: 'The record this entry shows' })
  sourceId!: string;
}

@ObjectType()
export class EmployeeHistory {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [HistoryEvent], { description: 'Newest first' })
  events!: HistoryEvent[];

  @Field(() => [YearJp], { description: 'Every year with records, and the current year, newest first' })
  jpByYear!: YearJp[];
}
