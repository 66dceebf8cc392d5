import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { CommunityGroup } from './community-group.entity';
import { AttendanceFlag, AttendanceMethod, SessionStatus } from './community.enums';

/** A meeting of a group: at a place (with an optional radius for check-in) or behind a meeting link. */
@ObjectType()
@Entity()
export class GroupSession extends BaseEntity {
  @Index()
  @ManyToOne(() => CommunityGroup, { ref: true, deleteRule: 'cascade' })
  group!: Ref<CommunityGroup>;

  @Field()
  @Property({ type: 'text' })
  topic!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  placeName?: string | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field(() => Int, { nullable: true, description: 'Metres around the place within which a check-in is not flagged' })
  @Property({ type: 'int', nullable: true })
  radiusMeters?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  meetingUrl?: string | null;

  @Field(() => SessionStatus)
  @Enum({ items: () => SessionStatus, type: 'text' })
  status: SessionStatus & Opt = SessionStatus.PLANNED;

  /** The key the rotating check-in codes are derived from; never leaves the server. */
  @Property({ type: 'text', hidden: true })
  codeSecret!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  openedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The trainer's report: what was learned" })
  @Property({ type: 'text', nullable: true })
  report?: string | null;

  @Field(() => [String], { description: 'Links to evidence (photos, files) of the session' })
  @Property({ type: 'json' })
  evidenceLinks: string[] & Opt = [];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  reportFiledAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the group monitor acknowledged the report' })
  @Property({ type: 'timestamptz', nullable: true })
  reportAcknowledgedAt?: Date | null;
}

/** A member's presence at a session: checked in (and out) with the code, or marked by the trainer. */
@ObjectType()
@Entity()
@Unique({ properties: ['session', 'employee'] })
export class Attendance extends BaseEntity {
  @ManyToOne(() => GroupSession, { ref: true, deleteRule: 'cascade' })
  session!: Ref<GroupSession>;

  @Index()
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  checkInAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Without it the member counts until the session ends' })
  @Property({ type: 'timestamptz', nullable: true })
  checkOutAt?: Date | null;

  @Field(() => AttendanceMethod)
  @Enum({ items: () => AttendanceMethod, type: 'text' })
  method!: AttendanceMethod;

  @Field(() => String, { nullable: true, description: 'Why the trainer marked it by hand' })
  @Property({ type: 'text', nullable: true })
  manualReason?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  markedBy?: Ref<User> | null;

  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field(() => Int, { nullable: true, description: 'Metres from the place, where the phone gave a location' })
  @Property({ type: 'int', nullable: true })
  distanceMeters?: number | null;

  @Field(() => AttendanceFlag, { nullable: true })
  @Enum({ items: () => AttendanceFlag, type: 'text', nullable: true })
  flag?: AttendanceFlag | null;
}
