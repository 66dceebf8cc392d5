import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { HolidayKind } from './record.enums';

/**
 * A day off in the regency's working calendar: a national holiday or a cuti bersama. Reference
 * data seeded from the yearly SKB and edited by administrators. A per-day form of learning known
 * only by its span counts the span's working days: Monday to Friday, less these days.
 */
@ObjectType()
@Entity()
export class Holiday {
  @Field({ description: 'YYYY-MM-DD' })
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => HolidayKind)
  @Enum({ items: () => HolidayKind, type: 'text' })
  kind!: HolidayKind;
}
