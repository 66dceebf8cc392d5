import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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

export enum CompletionCreditReasonEnum {
  /** The module's stated JP. */
  FULL = 'FULL',
  /** Less than stated: the form's daily cap on the days of learning leaves less room. */
  LESS_THAN_STATED = 'LESS_THAN_STATED',
  /** Nothing: the days of learning are already full for the form; finishing another day credits more. */
  NOTHING_LEFT_TODAY = 'NOTHING_LEFT_TODAY',
  /** Nothing: another version of the module was credited already. */
  CREDITED_EARLIER = 'CREDITED_EARLIER',
  /** Less than stated: the module credits the time measured on its lessons, which is less so far. */
  MEASURED_TIME = 'MEASURED_TIME',
}

registerEnumType(CompletionCreditReasonEnum, {
  name: 'CompletionCreditReason',
  description: 'Why finishing a module credits what it does',
});

@ObjectType({ description: 'What finishing the module today would credit, and why; computed by the ledger, nothing written' })
export class CompletionCredit {
  @Field(() => Float, { description: 'JP finishing today would credit' })
  jp!: number;

  @Field(() => Float, { description: "The module's stated JP" })
  statedJp!: number;

  @Field(() => CompletionCreditReasonEnum)
  reason!: CompletionCreditReasonEnum;

  @Field({ description: "The module's form of learning" })
  formName!: string;

  @Field(() => Float, { nullable: true, description: "The form's daily cap, if it has one" })
  maxJpPerDay!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Minutes measured on the module's lessons, for a form crediting actual time; null when the form credits the stated JP",
  })
  measuredMinutes!: number | null;
}

@ObjectType({ description: 'Where the time measured on a lesson stands after a heartbeat' })
export class LessonTimeCounted {
  @Field(() => Lesson)
  lesson!: Lesson;

  @Field(() => Enrollment)
  enrollment!: Enrollment;

  @Field({ description: 'False once the module is finished: time no longer counts and nothing was kept' })
  counting!: boolean;
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
    description:
      'When this completion finished a version of a module already credited by another version: the record of that credit (a module credits once across its versions, so this one earns no JP)',
  })
  creditedEarlier!: LearningRecord | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Every required lesson is done but the module stays open, and why, as a code: POST_TEST_NOT_PASSED, POST_TEST_AWAITING_GRADE',
  })
  completionRefusal!: string | null;

  /** The competency evidence proposals this completion made (none unless it finished the module); read through `evidenceProposed`. */
  evidenceProposalIds!: string[];
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
