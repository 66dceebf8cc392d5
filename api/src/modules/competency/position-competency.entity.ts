import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Position } from '../organisation/position.entity';
import { Competency } from './competency.entity';

/** A row of a position's competency standard (SKJ): this competency at this level. */
@ObjectType()
@Entity()
@Unique({ properties: ['position', 'competency'] })
export class PositionCompetency extends BaseEntity {
  @ManyToOne(() => Position, { ref: true, deleteRule: 'cascade' })
  position!: Ref<Position>;

  @ManyToOne(() => Competency, { ref: true })
  competency!: Ref<Competency>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  requiredLevel!: number;
}
