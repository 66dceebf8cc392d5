import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** A talent search a committee member keeps to run again: its name and conditions. */
@ObjectType()
@Entity()
@Index({ properties: ['ownerId', 'name'] })
export class SavedSearch extends BaseEntity {
  /** The committee member's user id; saved searches are private to them. */
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  /** The conditions (TalentFilter), as the search takes them. */
  @Property({ type: 'json' })
  filter!: Record<string, unknown>;
}
