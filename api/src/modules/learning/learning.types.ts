import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LearningRecord } from '../record/learning-record.entity';
import { JpSummaryType } from '../record/record.types';
import { CourseModule, Lesson } from './course-module.entity';
import { Enrollment } from './enrollment.entity';

@ObjectType()
export class ModuleAuthor {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class ModulePermissions {
  @Field({ description: 'Edit (a published module gets a new draft version)' })
  edit!: boolean;

  @Field()
  publish!: boolean;

  @Field()
  enroll!: boolean;
}

@ObjectType()
export class LessonCompletion {
  @Field(() => Enrollment)
  enrollment!: Enrollment;

  @Field(() => Lesson)
  lesson!: Lesson;

  @Field({ description: 'This completion finished the module' })
  moduleCompleted!: boolean;

  @Field(() => LearningRecord, { nullable: true, description: 'The JP credited when the module was completed' })
  record!: LearningRecord | null;

  @Field(() => LearningRecord, {
    nullable: true,
    description: 'When this completion finished a version of a module already credited by another version: the record of that credit (a module credits once across its versions, so this one earns no JP)',
  })
  creditedEarlier!: LearningRecord | null;
}

@ObjectType()
export class ModuleRecommendation {
  @Field(() => CourseModule)
  module!: CourseModule;

  @Field(() => Int, { description: 'Levels of the gap the module closes' })
  closesLevels!: number;

  @Field(() => [String], { description: 'Codes of the missing competencies it builds' })
  competencyCodes!: string[];
}

@ObjectType()
export class MyLearning {
  @Field(() => [Enrollment], { description: 'Modules in progress first, then completed ones' })
  enrollments!: Enrollment[];

  @Field(() => JpSummaryType, { nullable: true, description: "This year's JP; null for users without an employee record" })
  jp!: JpSummaryType | null;

  @Field(() => [LearningRecord], { description: 'The latest credited learning' })
  recentRecords!: LearningRecord[];
}
