import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Employee } from '../organisation/employee.entity';
import { nineBox, PerformanceRating, PotentialRating } from './nine-box';

/** An employee's performance and potential ratings of one year, recorded by an administrator. */
@ObjectType()
@Entity()
@Unique({ properties: ['employee', 'year'] })
export class TalentRating extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => PerformanceRating)
  @Enum({ items: () => PerformanceRating, type: 'text' })
  performance!: PerformanceRating;

  @Field(() => PotentialRating)
  @Enum({ items: () => PotentialRating, type: 'text' })
  potential!: PotentialRating;

  /** The user who recorded or last changed it. */
  @Property({ type: 'uuid', nullable: true })
  recordedBy?: string | null;

  @Field(() => Int, { description: 'Nine-box (Permenpan RB 3/2020), 1–9; 7–9 are the succession pool' })
  get box(): number & Opt {
    return nineBox(this.performance, this.potential);
  }
}
