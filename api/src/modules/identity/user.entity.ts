import { Collection, Entity, Enum, Formula, ManyToMany, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { Role } from '../../common/role';

@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  username!: string;

  /** argon2id hash; never exposed through the API. Null until a first password is issued: no login. */
  @Property({ type: 'text', lazy: true, nullable: true })
  passwordHash?: string | null;

  /** Set when an administrator issued the password: the next login must choose a new one. */
  @Field(() => Boolean, { description: 'The password was issued by an administrator and must be changed before anything else' })
  @Property({ type: 'boolean' })
  mustChangePassword: boolean & Opt = false;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  /**
   * Roles granted by an administrator (never LEARNER, which follows from the employee link).
   * The API's `roles` field gives the effective roles (see `effectiveRoles`).
   */
  @Enum({ items: () => Role, array: true, type: 'text[]' })
  roles: Role[] = [];

  @ManyToOne(() => Employee, { nullable: true, ref: true, unique: true })
  employee?: Ref<Employee> | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  /**
   * Until when the account is locked from some client address (the latest such lock), read from
   * its login locks; a lock never holds for other addresses.
   */
  @Formula((table) => `(select max(l.locked_until) from login_lock l where l.user_id = ${table.alias}.id)`, {
    type: 'timestamptz',
    nullable: true,
  })
  lockedUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  /** For supervisors: the OPDs whose employees they monitor and assess. */
  @ManyToMany(() => Opd, undefined, { pivotTable: 'user_supervised_opd' })
  supervisedOpds = new Collection<Opd>(this);
}
