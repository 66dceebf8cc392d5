import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Opd } from './opd.entity';
import { PositionType } from './organisation.enums';

/** A position (jabatan). Without an OPD it is a general position any OPD may fill. */
@ObjectType()
@Entity()
export class Position extends BaseEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PositionType)
  @Enum({ items: () => PositionType, type: 'text' })
  positionType!: PositionType;

  @ManyToOne(() => Opd, { ref: true, nullable: true })
  opd?: Ref<Opd> | null;

  @Field(() => String, { nullable: true, description: 'Government affair (urusan) of the position' })
  @Property({ type: 'text', nullable: true })
  governmentAffair?: string | null;

  @Field(() => String, { nullable: true, description: 'Ikhtisar jabatan' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  /** Education, training, experience and rank requirements of the standard (SKJ). */
  @Property({ type: 'json', nullable: true })
  requirements?: PositionRequirements | null;
}

export interface PositionRequirements {
  education?: string | null;
  training?: { name: string; rating: 'MUTLAK' | 'PENTING' | 'PERLU' }[];
  experience?: string | null;
  rank?: string | null;
}
