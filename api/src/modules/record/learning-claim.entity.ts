import { Collection, DecimalType, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StoredFile } from '../file/stored-file.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { LearningForm } from './learning-form.entity';
import { LearningRecord } from './learning-record.entity';
import { ClaimEvidenceKind, ClaimStatus, FundingSource } from './record.enums';

/** Sessions held in one calendar month, for forms credited per session. */
@ObjectType('MonthSessions')
export class MonthSessions {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  sessions!: number;
}

/**
 * Learning an employee did elsewhere (a seminar, a workshop, coaching, a secondment…), claimed for
 * JP. The JP are computed by the form's rule from what the claim states (dates, hours, sessions),
 * never typed; they count once the employee's supervisor or an administrator approves. While the
 * claim waits, its ledger record is pending; a rejected claim's record is rejected; a claim
 * returned for revision has no record until it is sent again.
 */
@ObjectType()
@Entity()
@Index({ properties: ['status', 'submittedAt'] })
export class LearningClaim extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true, index: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => LearningForm, { ref: true })
  form!: Ref<LearningForm>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Penyelenggara' })
  @Property({ type: 'text', nullable: true })
  organiser?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => [String], { description: 'The dates actually attended (forms counted per day); empty: the working days of the span' })
  @Property({ type: 'json' })
  attendedDates: string[] & Opt = [];

  @Field(() => Float, { nullable: true, description: 'Hours of learning (forms counted by curriculum or actual time)' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 2, nullable: true })
  hours?: number | null;

  @Field(() => [MonthSessions], { description: 'Sessions held per calendar month (forms counted per session)' })
  @Property({ type: 'json' })
  sessionsPerMonth: MonthSessions[] & Opt = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  international: boolean & Opt = false;

  @Field(() => FundingSource)
  @Enum({ items: () => FundingSource, type: 'text' })
  funding!: FundingSource;

  @Field(() => ClaimStatus)
  @Enum({ items: () => ClaimStatus, type: 'text' })
  status: ClaimStatus & Opt = ClaimStatus.SUBMITTED;

  /** The ledger record holding the claim's JP (pending, approved or rejected); none while returned. */
  @ManyToOne(() => LearningRecord, { ref: true, nullable: true, deleteRule: 'set null' })
  record?: Ref<LearningRecord> | null;

  @Field(() => Float, { nullable: true, description: 'JP given by the approver (forms credited as approved)' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1, nullable: true })
  approvedJp?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected or returned' })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @ManyToOne(() => User, { ref: true })
  submittedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @OneToMany(() => LearningClaimEvidence, (e) => e.claim, { orphanRemoval: true, orderBy: { createdAt: 'asc' } })
  evidence = new Collection<LearningClaimEvidence>(this);
}

/** A file backing a claim: the organiser's certificate, a learning report, another document. */
@ObjectType()
@Entity()
@Unique({ properties: ['claim', 'file'] })
export class LearningClaimEvidence extends BaseEntity {
  @ManyToOne(() => LearningClaim, { ref: true, deleteRule: 'cascade' })
  claim!: Ref<LearningClaim>;

  @ManyToOne(() => StoredFile, { ref: true, index: true })
  file!: Ref<StoredFile>;

  @Field(() => ClaimEvidenceKind)
  @Enum({ items: () => ClaimEvidenceKind, type: 'text' })
  kind!: ClaimEvidenceKind;
}
