import { Field, Int, ObjectType } from 'type-graphql';
import { AssessmentMethod } from './competency.enums';
import { Employee } from '../organisation/employee.entity';
import { Position } from '../organisation/position.entity';
import { Competency } from './competency.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import { CareerPath } from './career-path.entity';

@ObjectType()
export class DictionaryPermissions {
  @Field({ description: 'Edit the competency, or the position’s standard and career paths' })
  edit!: boolean;
}

@ObjectType()
export class TrainingRequirement {
  @Field()
  name!: string;

  @Field()
  rating!: string;
}

@ObjectType()
export class PositionRequirementsType {
  @Field(() => String, { nullable: true })
  education?: string | null;

  @Field(() => [TrainingRequirement])
  training!: TrainingRequirement[];

  @Field(() => String, { nullable: true })
  experience?: string | null;

  @Field(() => String, { nullable: true })
  rank?: string | null;
}

@ObjectType()
export class CareerPathNode {
  @Field(() => Position)
  position!: Position;

  @Field(() => Int, { description: 'Steps from the root: negative before it, positive after it' })
  distance!: number;
}

@ObjectType()
export class CareerPathGraph {
  @Field(() => Position)
  root!: Position;

  @Field(() => [CareerPathNode], { description: 'Every position reachable from the root, each once, nearest first' })
  nodes!: CareerPathNode[];

  @Field(() => [CareerPath], { description: 'The links among these positions' })
  links!: CareerPath[];
}

@ObjectType()
export class ProfileItem {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int, { nullable: true, description: 'Current level by the documented rule; null without valid evidence' })
  currentLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level the current position requires' })
  requiredLevel!: number | null;

  @Field(() => CompetencyAssessment, { nullable: true, description: 'The evidence that decides the current level' })
  evidence!: CompetencyAssessment | null;

  @Field(() => Int)
  assessmentCount!: number;
}

@ObjectType()
export class CompetencyProfile {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => [ProfileItem])
  items!: ProfileItem[];
}

/** An employee's level in a competency by its deciding evidence: the fact other modules show. */
@ObjectType() // a base: only the classes extending it are in the schema
export abstract class CompetencyLevelFact {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  level!: number;

  @Field(() => AssessmentMethod)
  method!: AssessmentMethod;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;
}

/** An employee's current level in a competency against the level a standard requires. */
@ObjectType() // a base: only the classes extending it are in the schema
export abstract class CompetencyLevelAgainstStandard {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int)
  requiredLevel!: number;

  @Field(() => Int, { nullable: true })
  currentLevel!: number | null;
}

@ObjectType()
export class GapItem extends CompetencyLevelAgainstStandard {
  @Field(() => Int, { description: 'Levels still missing (0 when met)' })
  gap!: number;

  @Field(() => CompetencyAssessment, { nullable: true })
  evidence!: CompetencyAssessment | null;
}

@ObjectType()
export class GapSummary {
  @Field(() => Int)
  required!: number;

  @Field(() => Int, { description: 'Competencies at or above the required level' })
  met!: number;

  @Field(() => Int, { description: 'Sum of the missing levels' })
  totalGap!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Percent of required levels reached: Σ min(current, required) / Σ required; null without a standard',
  })
  score!: number | null;
}

@ObjectType()
export class CompetencyGap {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Position, { nullable: true, description: 'The position compared against; null when the employee has none' })
  position!: Position | null;

  @Field(() => [GapItem], { description: 'Largest gaps first' })
  items!: GapItem[];

  @Field(() => GapSummary)
  summary!: GapSummary;
}

@ObjectType()
export class ProfilePermissions {
  @Field(() => [AssessmentMethod], { description: 'Methods the viewer may record evidence with for this employee (empty: none)' })
  assess!: AssessmentMethod[];
}
