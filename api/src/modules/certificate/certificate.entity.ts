import { DecimalType, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { CertificateSource, CertificateStatus } from './certificate.enums';
import { DEFAULT_NUMBER_FORMAT } from './registered-number';

@ObjectType()
export class CertificateCompetency {
  @Field()
  name!: string;

  @Field(() => Number, { nullable: true })
  level!: number | null;
}

/**
 * A registered certificate (sertifikat / surat keterangan). What it shows is copied in when it is
 * issued, so it reads the same whatever later happens to the employee, the module or the settings.
 * One certificate per person per source; its number is unique and runs without gaps per year.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['employee', 'source', 'sourceId'] })
@Unique({ properties: ['year', 'seq'] })
@Index({ properties: ['year', 'issuedOn'] })
@Index({
  name: 'certificate_holder_name_trgm_idx',
  expression: 'create index "certificate_holder_name_trgm_idx" on "certificate" using gin ("holder_name" gin_trgm_ops)',
})
export class Certificate extends BaseEntity {
  @Field({ description: 'Registered number, e.g. KP/2026/00042' })
  @Property({ type: 'text', unique: true })
  number!: string;

  /** The year the number runs in: the year of issue. */
  @Property({ type: 'smallint' })
  year!: number;

  /** The number's place in its year, from 1, without gaps. */
  @Property({ type: 'int' })
  seq!: number;

  @Field({ description: 'What the QR code and the public page /verify/<code> carry' })
  @Property({ type: 'text', unique: true })
  verificationCode!: string;

  @ManyToOne(() => Employee, { ref: true, index: true })
  employee!: Ref<Employee>;

  @Field(() => CertificateSource)
  @Enum({ items: () => CertificateSource, type: 'text' })
  source!: CertificateSource;

  /** The JP record, group or claim it was issued for. */
  @Property({ type: 'uuid' })
  sourceId!: string;

  /** The JP ledger record of the learning, when there is one. */
  @Property({ type: 'uuid', nullable: true })
  learningRecordId?: string | null;

  @Field()
  @Property({ type: 'text' })
  holderName!: string;

  @Field()
  @Property({ type: 'text', index: true })
  holderNip!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  positionName?: string | null;

  @Field()
  @Property({ type: 'text' })
  opdName!: string;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'SIASN jenis diklat id' })
  @Property({ type: 'smallint' })
  formId!: number;

  @Field()
  @Property({ type: 'text' })
  formName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  organiser?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1 })
  jp!: number;

  @Field(() => String, { nullable: true, description: 'Result or qualification, where the learning gives one' })
  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Field(() => [CertificateCompetency])
  @Property({ type: 'json' })
  competencies: CertificateCompetency[] & Opt = [];

  @Field()
  @Property({ type: 'text' })
  place!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  issuedOn!: string;

  /** The government and agency issuing it, and the signing official, as they were on the day of issue. */
  @Property({ type: 'json' })
  issuer!: { government: string; agency: string; signerTitle: string; signerName: string; signerNip: string | null };

  @Field(() => CertificateStatus)
  @Enum({ items: () => CertificateStatus, type: 'text' })
  status: CertificateStatus & Opt = CertificateStatus.VALID;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokedReason?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy?: Ref<User> | null;
}

/** The last number given in each year: taken and raised in the issuing transaction, so numbers never skip or repeat. */
@Entity()
export class CertificateSequence {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @Property({ type: 'int' })
  last!: number;
}

/** How certificates are numbered and signed: one row, kept by administrators. */
@ObjectType()
@Entity()
export class CertificateSettings {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number & Opt = 1;

  @Field(() => String, { description: 'Format of registered numbers: {year} and {seq} or {seq:05}' })
  @Property({ type: 'text' })
  numberFormat: string & Opt = DEFAULT_NUMBER_FORMAT;

  @Field(() => String, {
    nullable: true,
    description:
      'Public address of the application, for the QR code and share links (e.g. https://kp.sidoarjokab.go.id); the address the request came to when empty',
  })
  @Property({ type: 'text', nullable: true })
  baseUrl?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  government: string & Opt = 'Pemerintah Kabupaten Sidoarjo';

  @Field(() => String)
  @Property({ type: 'text' })
  agency: string & Opt = 'Badan Kepegawaian Daerah';

  @Field(() => String, { description: 'Place of issue printed before the date' })
  @Property({ type: 'text' })
  place: string & Opt = 'Sidoarjo';

  @Field(() => String)
  @Property({ type: 'text' })
  signerTitle: string & Opt = 'Kepala Badan Kepegawaian Daerah Kabupaten Sidoarjo';

  @Field(() => String)
  @Property({ type: 'text' })
  signerName: string & Opt = '';

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  signerNip?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date(0);
}
