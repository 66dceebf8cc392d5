import { Entity, Enum, Formula, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
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

  /** The first day of the open record of the positions held (see `PositionHeld`). */
  @Field(() => String, {
    nullable: true,
    description:
      'Since when (YYYY-MM-DD) the employee holds the current position in the current OPD (a move to another OPD begins anew); null without a position',
  })
  @Formula(
    (table) =>
      `(select to_char(h.from_date, 'YYYY-MM-DD') from position_held h where h.employee_id = ${table.alias}.id and h.to_date is null)`,
    { type: 'string', nullable: true },
  )
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
