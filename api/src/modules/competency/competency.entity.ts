import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { CompetencyType } from './competency.enums';

/** A competency of the dictionary (kamus kompetensi), with five levels. */
@ObjectType()
@Entity()
export class Competency extends BaseEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field()
  @Index({
    name: 'competency_name_trgm_idx',
    expression: 'create index "competency_name_trgm_idx" on "competency" using gin ("name" gin_trgm_ops)',
  })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => CompetencyType)
  @Enum({ items: () => CompetencyType, type: 'text' })
  type!: CompetencyType;

  @Field(() => String, { nullable: true, description: 'Government affair or job family of a technical competency' })
  @Property({ type: 'text', nullable: true })
  governmentAffair?: string | null;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @OneToMany(() => CompetencyLevel, (l) => l.competency, { orderBy: { level: 'asc' } })
  levels = new Collection<CompetencyLevel>(this);
}

/** One of the five levels of a competency, with its behavioural indicators. */
@ObjectType()
@Entity()
@Unique({ properties: ['competency', 'level'] })
export class CompetencyLevel extends BaseEntity {
  @ManyToOne(() => Competency, { ref: true, deleteRule: 'cascade' })
  competency!: Ref<Competency>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  level!: number;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  indicators: string[] = [];
}
