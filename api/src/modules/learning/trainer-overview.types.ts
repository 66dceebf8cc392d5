import { Field, Int, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity';
import { CourseModule } from './course-module.entity';

@ObjectType({ description: "One of a trainer's modules (all its versions together): who enrolled, progressed, finished or is stuck" })
export class TrainerModuleFigures {
  @Field(() => CourseModule, { description: 'The newest version' })
  module!: CourseModule;

  @Field(() => Int)
  enrolled!: number;

  @Field(() => Int, { description: 'Enrolled, not finished, active lately' })
  inProgress!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int, { description: 'Not finished and no lesson done for `stuckAfterDays` days' })
  stuck!: number;

  @Field(() => Int, { description: 'Average share of required lessons done, 0–100' })
  averageProgress!: number;
}

@ObjectType({ description: 'A learner who has not moved in a module for a while' })
export class StuckLearner {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => CourseModule)
  module!: CourseModule;

  @Field(() => Int, { description: 'Share of required lessons done, 0–100' })
  progress!: number;

  @Field(() => Date, { description: 'The last lesson done, or the enrolment when none was' })
  lastActivityAt!: Date;
}

@ObjectType({ description: "A trainer's modules and learners, for their home page" })
export class TrainerOverview {
  @Field(() => [TrainerModuleFigures])
  modules!: TrainerModuleFigures[];

  @Field(() => [StuckLearner], { description: 'Longest idle first, at most 10' })
  stuckLearners!: StuckLearner[];

  @Field(() => Int, { description: 'Days without a lesson after which an unfinished learner counts as stuck' })
  stuckAfterDays!: number;
}
