import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Employee } from '../organisation/employee.entity';
import { CourseModule, Lesson } from './course-module.entity';

/** A learner taking one version of a module. */
@ObjectType()
@Entity()
@Unique({ properties: ['employee', 'module'] })
export class Enrollment extends BaseEntity {
  @Index()
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => CourseModule, { ref: true })
  module!: Ref<CourseModule>;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last lesson activity' })
  @Property({ type: 'timestamptz', nullable: true })
  lastActivityAt?: Date | null;

  @OneToMany(() => LessonProgress, (p) => p.enrollment)
  progress = new Collection<LessonProgress>(this);
}

/** A lesson a learner has done. */
@ObjectType()
@Entity()
@Unique({ properties: ['enrollment', 'lesson'] })
export class LessonProgress extends BaseEntity {
  @ManyToOne(() => Enrollment, { ref: true, deleteRule: 'cascade' })
  enrollment!: Ref<Enrollment>;

  @ManyToOne(() => Lesson, { ref: true, deleteRule: 'cascade' })
  lesson!: Ref<Lesson>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  completedAt!: Date;

  /** MANUAL (marked done) or VIEWED_TO_END (the text or video was followed to its end). */
  @Property({ type: 'text', default: 'MANUAL' })
  how!: string;
}
