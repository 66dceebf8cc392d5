import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { PositionType } from './organisation.enums';

/**
 * What the regency keeps about a position type (`PositionType`, UU 20/2023): its name, order and
 * the default managerial level of new positions, editable by admins.
 */
@ObjectType()
@Entity({ tableName: 'position_type_ref' })
export class PositionTypeInfo {
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
