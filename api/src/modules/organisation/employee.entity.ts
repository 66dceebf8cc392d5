import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Opd } from './opd.entity';
import { EmployeeType } from './organisation.enums';
import { Position } from './position.entity';

/** A civil servant (PNS) or contract employee (PPPK). Birth date and gender are read from the NIP. */
@ObjectType()
@Entity()
// The directory's order: its pages (and a keyset after the last row) read the index in order.
@Index({ properties: ['name', 'nip'] })
export class Employee extends BaseEntity {
  @Field({ description: '18-digit Nomor Induk Pegawai' })
  @Index({
    name: 'employee_nip_prefix_idx',
    expression: 'create index "employee_nip_prefix_idx" on "employee" ("nip" text_pattern_ops)',
  })
  @Property({ type: 'string', columnType: 'varchar(18)', unique: true })
  nip!: string;

  @Field()
  // Trigram index: `name ilike '%part%'` stays fast at regency scale (needs pg_trgm).
  @Index({
    name: 'employee_name_trgm_idx',
    expression: 'create index "employee_name_trgm_idx" on "employee" using gin ("name" gin_trgm_ops)',
  })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => EmployeeType)
  @Enum({ items: () => EmployeeType, type: 'text' })
  employeeType!: EmployeeType;

  @Index()
  @ManyToOne(() => Opd, { ref: true })
  opd!: Ref<Opd>;

  @Index()
  @ManyToOne(() => Position, { ref: true, nullable: true })
  position?: Ref<Position> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Since when (YYYY-MM-DD) the employee holds the current position; null when not known',
  })
  @Property({ type: 'date', nullable: true })
  positionSince?: string | null;

  @Field(() => String, { nullable: true, description: 'Golongan/ruang, e.g. III/a (PNS) or IX (PPPK)' })
  @Property({ type: 'text', nullable: true })
  rank?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;
}
