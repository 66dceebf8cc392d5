import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { OpdKind } from './organisation.enums';

/** A perangkat daerah (agency) of the regency. */
@ObjectType()
@Entity()
export class Opd extends BaseEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OpdKind)
  @Enum({ items: () => OpdKind, type: 'text' })
  kind!: OpdKind;
}
