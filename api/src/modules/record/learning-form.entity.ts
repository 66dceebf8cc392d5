import { DecimalType, Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { fitsModules } from './jp-credit';
import { CreditMode, LearningDelivery } from './record.enums';

/**
 * A form of competency development (jenis diklat) with its SIASN id and its JP credit rule.
 * Seeded from DOMAIN.md; administrators edit the figures.
 */
@ObjectType()
@Entity()
export class LearningForm {
  @Field(() => Int, { description: 'SIASN jenisDiklatId' })
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => LearningDelivery)
  @Enum({ items: () => LearningDelivery, type: 'text' })
  delivery!: LearningDelivery;

  @Field(() => CreditMode)
  @Enum({ items: () => CreditMode, type: 'text' })
  creditMode!: CreditMode;

  @Field(() => Float, { nullable: true, description: 'JP per day, per session or per activity' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1, nullable: true })
  creditValue?: number | null;

  @Field(() => Float, { nullable: true, description: 'Most JP creditable in one day' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1, nullable: true })
  maxJpPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most sessions creditable in one month' })
  @Property({ type: 'smallint', nullable: true })
  maxSessionsPerMonth?: number | null;

  @Field(() => Boolean, { description: 'A learning report is required as evidence' })
  @Property({ type: 'boolean' })
  requiresReport: boolean & Opt = false;

  @Field({
    description:
      'Course modules may have this form: its rule credits their stated JP (curriculum or actual JP) and needs no learning report',
  })
  get forModules(): boolean {
    return fitsModules(this);
  }

  @Field(() => Date)
  /** Stamped from the clock of the EntityManager (see `ClockStamps`). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date & Opt;
}
