import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Competency } from '../competency/competency.entity';
import { Employee } from '../organisation/employee.entity';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';

@ObjectType('JpSummary')
export class JpSummaryType {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int, { description: 'The year asked for: a PNS’s calendar year; for a PPPK, the contract year that starts in it' })
  year!: number;

  @Field({
    description:
      'First day of the period counted (YYYY-MM-DD): 1 January for a PNS; for a PPPK, the first day of the appointment month (TMT in the NI PPPK)',
  })
  periodStart!: string;

  @Field({
    description:
      'Last day of the period counted (YYYY-MM-DD): 31 December for a PNS; for a PPPK, the day before the next contract year starts',
  })
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: 'Yearly minimum of a PNS (20 JP by default); null for PPPK' })
  targetJp!: number | null;

  @Field(() => Float, { nullable: true, description: 'Maximum of a PPPK per contract year (24 JP by default); null for PNS' })
  maxJp!: number | null;

  @Field(() => Float)
  approvedJp!: number;

  @Field(() => Float)
  pendingJp!: number;

  @Field(() => Float, { description: 'Approved JP that count (after the PPPK maximum)' })
  countedJp!: number;

  @Field({ description: 'PNS: counted JP ≥ target (exactly 20.0 reaches it). PPPK: the maximum is used up' })
  reached!: boolean;

  @Field(() => Float)
  remainingJp!: number;

  @Field(() => [LearningRecord], { description: 'Every record of the period (a PPPK: those ending in the contract year), newest first' })
  entries!: LearningRecord[];
}

@ObjectType('PlanItemSnapshot', { description: 'A plan item as it was at the moment of an event in the plan’s history' })
export class PlanItemSnapshotType {
  @Field(() => Competency, { nullable: true })
  competency!: Competency | null;

  @Field(() => LearningForm)
  form!: LearningForm;

  @Field(() => Float)
  targetJp!: number;

  @Field(() => Int, { nullable: true, description: 'The level of the competency held when the item was drafted (0: none yet)' })
  currentLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'The level of the competency the item aims to reach' })
  targetLevel!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
