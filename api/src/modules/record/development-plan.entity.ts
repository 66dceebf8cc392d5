import { Collection, DecimalType, Entity, Enum, ManyToOne, OneToMany, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Competency } from '../competency/competency.entity';
import { Employee } from '../organisation/employee.entity';
import { Position } from '../organisation/position.entity';
import { LearningForm } from './learning-form.entity';
import { PlanAction, PlanStatus } from './record.enums';

/** A yearly competency development plan of one employee (AKPK → rencana pengembangan). */
@ObjectType()
@Entity()
@Unique({ properties: ['employee', 'year'] })
export class DevelopmentPlan extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @ManyToOne(() => Position, { ref: true, nullable: true })
  targetPosition?: Ref<Position> | null;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, type: 'text' })
  status: PlanStatus & Opt = PlanStatus.DRAFT;

  @Field(() => String, { nullable: true, description: "The supervisor's last comment" })
  @Property({ type: 'text', nullable: true })
  supervisorComment?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @OneToMany(() => DevelopmentPlanItem, (i) => i.plan, { orphanRemoval: true, orderBy: { sortOrder: 'asc' } })
  items = new Collection<DevelopmentPlanItem>(this);

  @OneToMany(() => DevelopmentPlanEvent, (e) => e.plan, { orderBy: { createdAt: 'asc' } })
  events = new Collection<DevelopmentPlanEvent>(this);
}

/** One line of a plan: competency, form of learning, JP, organiser, schedule, budget. */
@ObjectType()
@Entity()
export class DevelopmentPlanItem extends BaseEntity {
  @ManyToOne(() => DevelopmentPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<DevelopmentPlan>;

  @Property({ type: 'smallint' })
  sortOrder!: number;

  @ManyToOne(() => Competency, { ref: true, nullable: true })
  competency?: Ref<Competency> | null;

  @ManyToOne(() => LearningForm, { ref: true })
  form!: Ref<LearningForm>;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1 })
  targetJp!: number;

  @Field(() => Int, { nullable: true, description: 'The level of the competency held when the item was drafted (0: none yet)' })
  @Property({ type: 'smallint', nullable: true })
  currentLevel?: number | null;

  @Field(() => Int, { nullable: true, description: 'The level of the competency the item aims to reach' })
  @Property({ type: 'smallint', nullable: true })
  targetLevel?: number | null;

  @Field(() => String, { nullable: true, description: "The learner's own note" })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Penyelenggara' })
  @Property({ type: 'text', nullable: true })
  organiser?: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned month, 1–12' })
  @Property({ type: 'smallint', nullable: true })
  plannedMonth?: number | null;

  @Field(() => Float, { nullable: true, description: 'Budget in rupiah' })
  @Property({ type: new DecimalType('number'), precision: 14, scale: 0, nullable: true })
  budget?: number | null;
}

/** One item of a plan as it stood when an event happened (stored as JSON in the event). */
export interface PlanItemSnapshot {
  competencyId: string | null;
  formId: number;
  targetJp: number;
  /** Absent in events recorded before items carried levels. */
  currentLevel?: number | null;
  targetLevel?: number | null;
  note: string | null;
}

/** What happened to a plan and by whom; a plan's history is never rewritten. */
@ObjectType()
@Entity()
export class DevelopmentPlanEvent extends BaseEntity {
  @ManyToOne(() => DevelopmentPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<DevelopmentPlan>;

  @Field(() => PlanAction)
  @Enum({ items: () => PlanAction, type: 'text' })
  action!: PlanAction;

  @ManyToOne(() => User, { ref: true })
  actor!: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => Float, { description: 'Total JP of the plan at that moment' })
  @Property({ type: new DecimalType('number'), precision: 7, scale: 1 })
  totalJp!: number;

  /** The items as they were at that moment (exposed as `items` by the event resolver). */
  @Property({ type: 'json' })
  items!: PlanItemSnapshot[];
}
