import {
  Collection,
  DecimalType,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Competency } from '../competency/competency.entity';
import { StoredFile } from '../file/stored-file.entity';
import { User } from '../identity/user.entity';
import { LearningForm } from '../record/learning-form.entity';
import { LessonKind, ModuleStatus } from './learning.enums';

/**
 * One version of a course module. Versions of the same module share `moduleKey`; editing a
 * published version makes a new draft version, so learners keep the version they enrolled in.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['moduleKey', 'version'] })
// A code names one module: its first version holds it, later versions repeat it.
@Unique({
  name: 'course_module_code_unique',
  expression: 'create unique index "course_module_code_unique" on "course_module" ("code") where "version" = 1',
})
export class CourseModule extends BaseEntity {
  @Field({ description: 'Identifies the module across its versions' })
  @Property({ type: 'uuid' })
  moduleKey!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  version!: number;

  @Field()
  @Index()
  @Property({ type: 'text' })
  code!: string;

  @Field()
  @Index({
    name: 'course_module_title_trgm_idx',
    expression: 'create index "course_module_title_trgm_idx" on "course_module" using gin ("title" gin_trgm_ops)',
  })
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  summary!: string;

  @ManyToOne(() => LearningForm, { ref: true })
  form!: Ref<LearningForm>;

  @Field(() => String, { nullable: true, description: 'Penyelenggara shown on the learning record' })
  @Property({ type: 'text', nullable: true })
  organiser?: string | null;

  @Field(() => Float, { description: 'JP credited on completion' })
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1 })
  jpValue!: number;

  @Field(() => Boolean, { description: 'Completing it earns a registered certificate' })
  @Property({ type: 'boolean', default: false })
  certifying: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Completing the module also needs its post-test passed, whether or not that lesson is required' })
  @Property({ type: 'boolean', default: false })
  completionRequiresPostTest: boolean & Opt = false;

  @Field(() => ModuleStatus)
  @Index()
  @Enum({ items: () => ModuleStatus, type: 'text' })
  status: ModuleStatus & Opt = ModuleStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @ManyToOne(() => StoredFile, { ref: true, nullable: true })
  cover?: Ref<StoredFile> | null;

  @ManyToMany(() => User, undefined, { pivotTable: 'course_module_author' })
  authors = new Collection<User>(this);

  @OneToMany(() => ModuleCompetency, (c) => c.module, { orphanRemoval: true })
  competencies = new Collection<ModuleCompetency>(this);

  @OneToMany(() => CourseSection, (s) => s.module, { orphanRemoval: true, orderBy: { sortOrder: 'asc' } })
  sections = new Collection<CourseSection>(this);
}

/** A competency a module builds, and the level it builds it to. */
@ObjectType()
@Entity()
@Unique({ properties: ['module', 'competency'] })
export class ModuleCompetency extends BaseEntity {
  @ManyToOne(() => CourseModule, { ref: true, deleteRule: 'cascade' })
  module!: Ref<CourseModule>;

  @Index()
  @ManyToOne(() => Competency, { ref: true })
  competency!: Ref<Competency>;

  @Field(() => Int, { description: 'Level the module builds the competency to' })
  @Property({ type: 'smallint' })
  level!: number;
}

@ObjectType()
@Entity()
export class CourseSection extends BaseEntity {
  @ManyToOne(() => CourseModule, { ref: true, deleteRule: 'cascade' })
  module!: Ref<CourseModule>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'smallint' })
  sortOrder!: number;

  @OneToMany(() => Lesson, (l) => l.section, { orphanRemoval: true, orderBy: { sortOrder: 'asc' } })
  lessons = new Collection<Lesson>(this);
}

@ObjectType()
@Entity()
export class Lesson extends BaseEntity {
  @ManyToOne(() => CourseSection, { ref: true, deleteRule: 'cascade' })
  section!: Ref<CourseSection>;

  @Index()
  @ManyToOne(() => CourseModule, { ref: true, deleteRule: 'cascade' })
  module!: Ref<CourseModule>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => LessonKind)
  @Enum({ items: () => LessonKind, type: 'text' })
  kind!: LessonKind;

  /** Markdown source of a TEXT lesson; learners receive only the sanitised HTML. */
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Link of a VIDEO or LINK lesson' })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @ManyToOne(() => StoredFile, { ref: true, nullable: true })
  file?: Ref<StoredFile> | null;

  @Field(() => Int, { nullable: true, description: 'Expected minutes' })
  @Property({ type: 'smallint', nullable: true })
  durationMinutes?: number | null;

  @Field(() => Boolean, { description: 'Must be done to complete the module' })
  @Property({ type: 'boolean' })
  required: boolean & Opt = true;

  @Property({ type: 'smallint' })
  sortOrder!: number;
}
