import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Competency } from '../competency/competency.entity';
import { User } from '../identity/user.entity';
import { CourseModule } from '../learning/course-module.entity';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import { LearningRecord } from '../record/learning-record.entity';
import { GroupFunding, GroupAction, GroupMode, GroupStatus, JoinPolicy, MemberResult, MemberStatus } from './community.enums';

/**
 * A smart community group (kelompok pintar): employees learning together, led by a group trainer
 * and monitored by a group monitor (pengawas kelompok), credited under form 23 (komunitas belajar)
 * from the minutes its members attend.
 */
@ObjectType()
@Entity()
export class CommunityGroup extends BaseEntity {
  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'What the group learns, and why' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => GroupMode)
  @Enum({ items: () => GroupMode, type: 'text' })
  mode!: GroupMode;

  @Field(() => JoinPolicy)
  @Enum({ items: () => JoinPolicy, type: 'text' })
  joinPolicy!: JoinPolicy;

  /** The OPDs whose employees may apply, for `LISTED_OPDS`. */
  @ManyToMany(() => Opd, undefined, { pivotTable: 'community_group_opd' })
  openToOpds = new Collection<Opd>(this);

  @Field(() => Int, { description: 'Most active members' })
  @Property({ type: 'smallint' })
  capacity!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  plannedStart!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  plannedEnd!: string;

  @Field(() => Int, { description: 'Sessions the trainer plans to hold' })
  @Property({ type: 'smallint' })
  plannedSessions!: number;

  @Field(() => GroupFunding)
  @Enum({ items: () => GroupFunding, type: 'text' })
  funding!: GroupFunding;

  @Field(() => Int, { description: 'Cost per participant in rupiah' })
  @Property({ type: 'int' })
  costPerParticipant!: number;

  @Field(() => Int, { nullable: true, description: "COST_SHARING: the participant's share in percent" })
  @Property({ type: 'smallint', nullable: true })
  participantSharePercent?: number | null;

  @Field(() => String, { nullable: true, description: 'APBD: the budget line (kode rekening / DPA)' })
  @Property({ type: 'text', nullable: true })
  budgetReference?: string | null;

  @Field(() => GroupStatus)
  @Index()
  @Enum({ items: () => GroupStatus, type: 'text' })
  status: GroupStatus & Opt = GroupStatus.DRAFT;

  /** The employee who leads the group's learning. */
  @Index()
  @ManyToOne(() => Employee, { ref: true })
  groupTrainer!: Ref<Employee>;

  /** The employee who monitors the group and approves its results (pengawas kelompok). */
  @Index()
  @ManyToOne(() => Employee, { ref: true })
  groupMonitor!: Ref<Employee>;

  /** The OPD that organises the group (the trainer's when proposed). */
  @Index()
  @ManyToOne(() => Opd, { ref: true })
  opd!: Ref<Opd>;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Why an administrator returned or cancelled the group, last time' })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @OneToMany(() => GroupCompetency, (c) => c.group, { orphanRemoval: true })
  competencies = new Collection<GroupCompetency>(this);

  /** Course modules the group learns from: optional material, published when chosen. */
  @ManyToMany(() => CourseModule, undefined, { pivotTable: 'community_group_material' })
  materials = new Collection<CourseModule>(this);
}

/** A competency a group builds, and the level it aims for. */
@ObjectType()
@Entity()
@Unique({ properties: ['group', 'competency'] })
export class GroupCompetency extends BaseEntity {
  @ManyToOne(() => CommunityGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<CommunityGroup>;

  @Index()
  @ManyToOne(() => Competency, { ref: true })
  competency!: Ref<Competency>;

  @Field(() => Int, { description: 'Level the group aims for' })
  @Property({ type: 'smallint' })
  level!: number;
}

/** An employee's membership of a group, from application to result. */
@ObjectType()
@Entity()
@Unique({ properties: ['group', 'employee'] })
export class GroupMember extends BaseEntity {
  @ManyToOne(() => CommunityGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<CommunityGroup>;

  @Index()
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Field(() => MemberStatus)
  @Enum({ items: () => MemberStatus, type: 'text' })
  status!: MemberStatus;

  @Field(() => Date, { nullable: true, description: 'When the member became active' })
  @Property({ type: 'timestamptz', nullable: true })
  joinedAt?: Date | null;

  @Field(() => MemberResult, { nullable: true, description: "The trainer's proposed result" })
  @Enum({ items: () => MemberResult, type: 'text', nullable: true })
  result?: MemberResult | null;

  @Field(() => Int, { nullable: true, description: 'Score 0–100, where the group assesses' })
  @Property({ type: 'smallint', nullable: true })
  score?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resultComment?: string | null;

  @Field(() => String, { nullable: true, description: "The trainer's notes on the member" })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  /** The JP ledger record the member's attended time was credited to. */
  @ManyToOne(() => LearningRecord, { ref: true, nullable: true })
  learningRecord?: Ref<LearningRecord> | null;

  @Field(() => Date, { nullable: true, description: 'When the group completed with this member credited' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;
}

/** What happened to a group and who did it: proposals, decisions with their reasons. */
@ObjectType()
@Entity()
export class GroupEvent extends BaseEntity {
  @Index()
  @ManyToOne(() => CommunityGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<CommunityGroup>;

  @Field(() => GroupAction)
  @Enum({ items: () => GroupAction, type: 'text' })
  action!: GroupAction;

  @ManyToOne(() => User, { ref: true })
  actor!: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;
}
