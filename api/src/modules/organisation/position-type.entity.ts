import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PositionType } from './organisation.enums';

/** Reference row per position type; the managerial default level is editable by admins. */
@ObjectType('PositionTypeInfo')
@Entity()
export class PositionTypeRef {
  @Field(() => PositionType)
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => PositionType, type: 'text' })
  code!: PositionType;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field()
  @Property({ type: 'boolean' })
  managerial!: boolean;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  sortOrder!: number;

  @Field(() => Int, {
    description: 'Level of the managerial and socio-cultural competencies a new position of this type requires',
  })
  @Property({ type: 'smallint', default: 1 })
  defaultManagerialLevel!: number;
}
