import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StoredFile } from '../file/stored-file.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { Competency } from './competency.entity';
import { AssessmentMethod } from './competency.enums';
import { methodRankSql } from './level-rule';

/** The index of deciding evidence by competency (its order is `methodRankSql`'s). */
export const DECIDING_INDEX = 'competency_assessment_deciding_idx';

/**
 * One piece of evidence of an employee's level in a competency. Rows are only ever added:
 * the history of a profile is never overwritten.
 */
@ObjectType()
@Entity()
// One employee's evidence, and of it the unexpired (a profile, the facts of a search's page, a pool's
// candidates): with the expiry in the index the unexpired are found without reading the expired rows.
@Index({ name: 'competency_assessment_employee_id_competency_id_valid_index', properties: ['employee', 'competency', 'validUntil'] })
// The deciding evidence of a few competencies across all employees (the committee's searches and
// pools): per competency, each employee's evidence in the order the level rule decides it, with what
// a read needs of it included, so the first row per employee is found without sorting and without
// reading the table. Expired rows are skipped as they are read.
@Index({
  name: DECIDING_INDEX,
  expression: `create index "${DECIDING_INDEX}" on "competency_assessment" ("competency_id", "employee_id", (${methodRankSql('"method"')}), "assessed_on" desc, "created_at" desc) include ("level", "method", "valid_until")`,
})
export class CompetencyAssessment extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Competency, { ref: true })
  competency!: Ref<Competency>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  level!: number;

  @Field(() => AssessmentMethod)
  @Enum({ items: () => AssessmentMethod, type: 'text' })
  method!: AssessmentMethod;

  @Field(() => String, { description: 'Date of the assessment (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => String, { description: 'Last day the evidence counts (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  /** An uploaded document backing the assessment (certificate scan, report…). */
  @ManyToOne(() => StoredFile, { ref: true, nullable: true })
  evidenceFile?: Ref<StoredFile> | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  assessor?: Ref<User> | null;
}
