import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

export type BaseOptional = 'id' | 'createdAt' | 'updatedAt';

/**
 * Shared columns of every entity: a UUID key and creation/update timestamps.
 * The GraphQL type is only a base for inheritance; no field returns it, so it is not emitted.
 */
@ObjectType('BaseEntity')
export abstract class BaseEntity {
  [OptionalProps]?: BaseOptional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  /** Stamped at insert from the clock of the EntityManager (see `ClockStamps`). */
  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  /** Stamped at insert and at every change from the clock of the EntityManager. */
  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;
}
