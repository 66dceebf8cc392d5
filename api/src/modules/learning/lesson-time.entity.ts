import { Entity, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { Employee } from '../organisation/employee.entity';
import { Lesson } from './course-module.entity';

/**
 * A heartbeat a lesson page sent (at most every 30 s while the tab is visible), stamped with the
 * server's time. `spanned` marks a heartbeat that closed a counted span, so the latest of them
 * is where the learner's counted time ends (one lesson at a time).
 */
@Entity()
@Index({ properties: ['employee', 'lesson', 'at'] })
@Index({
  name: 'lesson_heartbeat_spanned_idx',
  expression: 'create index "lesson_heartbeat_spanned_idx" on "lesson_heartbeat" ("employee_id", "at") where "spanned"',
})
export class LessonHeartbeat extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @ManyToOne(() => Lesson, { ref: true, deleteRule: 'cascade' })
  lesson!: Ref<Lesson>;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The page was visible (not a background tab, not a locked phone). */
  @Property({ type: 'boolean' })
  visible!: boolean;

  /** The learner did something recently (scrolled, typed, played the video). */
  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'boolean', default: false })
  spanned: boolean & Opt = false;
}

/** The time measured on a lesson for a learner on one local date (honest time on task). */
@Entity()
@Unique({ properties: ['employee', 'lesson', 'date'] })
export class LessonTime extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Index()
  @ManyToOne(() => Lesson, { ref: true, deleteRule: 'cascade' })
  lesson!: Ref<Lesson>;

  /** YYYY-MM-DD in the regency's calendar. */
  @Property({ type: 'date' })
  date!: string;

  /** Milliseconds counted. */
  @Property({ type: 'integer' })
  ms!: number;
}
