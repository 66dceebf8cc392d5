import { DecimalType, Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Employee } from '../organisation/employee.entity';
import { CreditStep, type CreditStepData } from './credit-step';
import { LearningForm } from './learning-form.entity';
import { RecordSource, RecordStatus } from './record.enums';

/**
 * One credited piece of learning in the JP ledger. A source (a module version, a group, a
 * claim) credits an employee at most once: `(employee, source, sourceId)` is unique.
 */
@ObjectType()
@Entity()
@Index({ properties: ['employee', 'year'] })
@Index({
  name: 'learning_record_source_unique',
  expression:
    'create unique index "learning_record_source_unique" on "learning_record" ("employee_id", "source", "source_id") where "source_id" is not null',
})
export class LearningRecord extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Field(() => RecordSource)
  @Enum({ items: () => RecordSource, type: 'text' })
  source!: RecordSource;

  @Field(() => ID, { nullable: true, description: 'The module version, group or claim that earned it' })
  @Property({ type: 'uuid', nullable: true })
  sourceId?: string | null;

  @ManyToOne(() => LearningForm, { ref: true })
  form!: Ref<LearningForm>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Penyelenggara' })
  @Property({ type: 'text', nullable: true })
  organiser?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD; the last day of learning, whose year the JP count for' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: 'Minutes of learning' })
  @Property({ type: 'int' })
  minutes!: number;

  @Field(() => Int, { description: 'Sessions, for forms credited per session' })
  @Property({ type: 'smallint', default: 1 })
  sessions: number & Opt = 1;

  @Field(() => Float, { description: 'JP credited, to one decimal' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1 })
  jp!: number;

  @Field(() => Int, { description: 'Calendar year the JP count for' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => RecordStatus)
  @Enum({ items: () => RecordStatus, type: 'text' })
  status!: RecordStatus;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  international: boolean & Opt = false;

  @Field(() => [CreditStep], { description: 'How the JP were computed: coded steps, in the order applied' })
  @Property({ type: 'json' })
  creditSteps: CreditStepData[] & Opt = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;
}
