import { DecimalType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** A configurable figure (DOMAIN.md "configurable"), editable by administrators. */
@Entity()
export class Setting {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 })
  value!: number;

  /** Stamped from the clock of the EntityManager (see `ClockStamps`). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}
