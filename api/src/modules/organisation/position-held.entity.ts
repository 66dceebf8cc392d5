import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Employee } from './employee.entity';
import { Opd } from './opd.entity';
import { Position } from './position.entity';

/**
 * A position an employee held in an OPD, from one day until the day the next placement began
 * (`toDate` null while it is held). A change of position or of OPD closes the open record and
 * opens the next in the same transaction; an employee holds at most one open record.
 */
@ObjectType({ description: 'A position an employee held in an OPD over a span of days' })
@Entity()
@Index({ properties: ['employee', 'fromDate'] })
// One open record per employee, checked at commit: a change closes one and opens the next in one flush.
@Index({
  name: 'position_held_one_open',
  expression: `alter table "position_held" add constraint "position_held_one_open" exclude using btree ("employee_id" with =) where ("to_date" is null) deferrable initially deferred`,
})
@Check({ name: 'position_held_span_check', expression: 'to_date is null or to_date > from_date' })
export class PositionHeld extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Position, { ref: true })
  position!: Ref<Position>;

  @ManyToOne(() => Opd, { ref: true })
  opd!: Ref<Opd>;

  @Field({ description: 'The first day (YYYY-MM-DD) the position was held' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day (YYYY-MM-DD) the next placement began, so the last day held is the day before; null while held',
  })
  @Property({ type: 'date', nullable: true })
  toDate?: string | null;
}
