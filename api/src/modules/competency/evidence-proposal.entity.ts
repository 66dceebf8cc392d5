import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { CompetencyAssessment } from './competency-assessment.entity';
import { Competency } from './competency.entity';
import { AssessmentMethod, ProposalStatus } from './competency.enums';

/**
 * Evidence of a level proposed by something the employee did (a completed course module that
 * builds the competency), waiting to be accepted. It decides no level: accepting it records a
 * `CompetencyAssessment` of its method, dated the day it was earned; declining it records nothing.
 * One proposal per employee, competency and source, and one waiting proposal per employee,
 * competency and level (a second source building the same level proposes nothing while it waits).
 */
@ObjectType({ description: 'Evidence of a level proposed by a completed training, to be accepted or declined' })
@Entity()
@Unique({ properties: ['employee', 'competency', 'sourceId'] })
@Index({
  name: 'competency_evidence_proposal_one_waiting_idx',
  expression: `create unique index "competency_evidence_proposal_one_waiting_idx" on "competency_evidence_proposal" ("employee_id", "competency_id", "level") where "status" = 'PROPOSED'`,
})
@Index({ properties: ['employee', 'status'] })
export class CompetencyEvidenceProposal extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Competency, { ref: true })
  competency!: Ref<Competency>;

  @Field(() => Int, { description: 'The level the source builds' })
  @Property({ type: 'smallint' })
  level!: number;

  @Field(() => AssessmentMethod)
  @Enum({ items: () => AssessmentMethod, type: 'text' })
  method!: AssessmentMethod;

  @Field(() => ID, { description: 'What earned it (a course module version)' })
  @Property({ type: 'uuid' })
  sourceId!: string;

  @Field({ description: 'Its title, as it was when earned' })
  @Property({ type: 'text' })
  sourceTitle!: string;

  @Field(() => String, { description: 'The day it was earned (YYYY-MM-DD): the assessment date once accepted' })
  @Property({ type: 'date' })
  earnedOn!: string;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus, type: 'text' })
  status: ProposalStatus & Opt = ProposalStatus.PROPOSED;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User> | null;

  /** The evidence recorded when it was accepted. */
  @ManyToOne(() => CompetencyAssessment, { ref: true, nullable: true })
  assessment?: Ref<CompetencyAssessment> | null;
}
