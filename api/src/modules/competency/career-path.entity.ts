import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Position } from '../organisation/position.entity';

/** A career-path link: holders of `from` can move on to `to`. */
@ObjectType()
@Entity()
@Unique({ properties: ['from', 'to'] })
export class CareerPath extends BaseEntity {
  @ManyToOne(() => Position, { ref: true, deleteRule: 'cascade' })
  from!: Ref<Position>;

  @Index()
  @ManyToOne(() => Position, { ref: true, deleteRule: 'cascade' })
  to!: Ref<Position>;

  @Field(() => String, { nullable: true, description: 'Conditions, e.g. minimum years or required training' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
