import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';

/** An uploaded file. The bytes live in the file storage under `storageKey`. */
@ObjectType()
@Entity()
export class StoredFile extends BaseEntity {
  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field()
  @Property({ type: 'text' })
  mimeType!: string;

  @Field(() => Int)
  @Property({ type: 'int' })
  size!: number;

  @Property({ type: 'text', unique: true })
  storageKey!: string;

  @Property({ type: 'text' })
  sha256!: string;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Field({ description: 'Where the file can be downloaded (access is checked)' })
  get url(): string {
    return `/files/${this.id}`;
  }
}
