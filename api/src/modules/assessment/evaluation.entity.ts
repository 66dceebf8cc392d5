import { Check, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DEFAULT_EVALUATION_STATEMENTS } from '@komunitas-pintar/domain';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';

/** One Likert statement of the evaluation form; its id stays when the text is edited. */
export interface EvaluationItem {
  id: string;
  text: string;
}

/** The form until an administrator edits it: reaction to the programme and to the trainer. */
export const DEFAULT_EVALUATION_ITEMS: readonly EvaluationItem[] = DEFAULT_EVALUATION_STATEMENTS;

/** The evaluation form of trainers and programmes the administrator edits (one, keyed `default`). */
@Entity()
export class EvaluationTemplate extends BaseEntity {
  @Unique()
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'jsonb' })
  items!: EvaluationItem[];
}

/**
 * A smart community group as this module keeps it once completed, from community's
 * `groupCompleted` (this module does not read community's tables): who may evaluate it, who reads
 * the results, and the material whose pre-test and post-test give its learning gain. The id is the
 * group's. A completed group changes no more, so nothing here goes stale.
 */
@Entity()
export class CompletedGroup extends BaseEntity {
  @Property({ type: 'text' })
  name!: string;

  /** The employee who led the group. */
  @ManyToOne(() => Employee, { ref: true })
  groupTrainer!: Ref<Employee>;

  /** The employee who monitored it (pengawas kelompok). */
  @ManyToOne(() => Employee, { ref: true })
  groupMonitor!: Ref<Employee>;

  /** The employees who were active members when it completed: they evaluate it. */
  @Property({ type: 'jsonb' })
  participantIds!: string[];

  /** The course module versions it learned from. */
  @Property({ type: 'jsonb' })
  materialModuleIds!: string[];

  @Property({ type: 'timestamptz' })
  completedAt!: Date;
}

/** SQL: a submission or a response belongs to exactly one module or one group. */
const ONE_SUBJECT = 'num_nonnulls(module_key, group_id) = 1';

/**
 * That a participant answered (or skipped) the evaluation of a module or of a completed group: the
 * one row per person and subject that refuses a second answer. It holds no answers;
 * `EvaluationResponse` holds no person.
 */
@Entity()
@Unique({ properties: ['employee', 'moduleKey'] })
@Unique({ properties: ['employee', 'group'] })
@Check({ name: 'evaluation_submission_one_subject', expression: ONE_SUBJECT })
export class EvaluationSubmission extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  /** The module across its versions; null for a group's evaluation. */
  @Property({ type: 'uuid', nullable: true })
  moduleKey?: string | null;

  /** The completed group; null for a module's evaluation. */
  @ManyToOne(() => CompletedGroup, { ref: true, nullable: true, deleteRule: 'no action' })
  group?: Ref<CompletedGroup> | null;

  /** The participant chose not to evaluate; no response was kept. */
  @Property({ type: 'boolean', default: false })
  skipped: boolean & Opt = false;
}

/**
 * One anonymous set of answers to the evaluation of a module or a group. Deliberately without the
 * person, a time stamp or an order: nothing links it back to the submission that created it.
 */
@Entity()
@Index({ properties: ['moduleKey'] })
@Index({ properties: ['group'] })
@Check({ name: 'evaluation_response_one_subject', expression: ONE_SUBJECT })
export class EvaluationResponse {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string & Opt = randomUUID();

  /** The module across its versions; null for a group's evaluation. */
  @Property({ type: 'uuid', nullable: true })
  moduleKey?: string | null;

  /** The completed group; null for a module's evaluation. */
  @ManyToOne(() => CompletedGroup, { ref: true, nullable: true, deleteRule: 'no action' })
  group?: Ref<CompletedGroup> | null;

  /** Item id → 1..5; skipped items are absent. */
  @Property({ type: 'jsonb' })
  answers!: Record<string, number>;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}

/** A supervisor's answer whether a competency is applied at work (Kirkpatrick level 3). */
export enum CompetencyApplied {
  APPLIED = 'APPLIED',
  PARTLY = 'PARTLY',
  NOT_APPLIED = 'NOT_APPLIED',
}

/**
 * The supervisor's follow-up of a module an employee completed: asked once per employee and module
 * (across versions), some months after completion.
 */
@Entity()
@Unique({ properties: ['employee', 'moduleKey'] })
export class CompetencyFollowUp extends BaseEntity {
  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @Property({ type: 'uuid' })
  moduleKey!: string;

  @ManyToOne(() => User, { ref: true })
  answeredBy!: Ref<User>;

  @Enum({ items: () => CompetencyApplied, type: 'text' })
  applied!: CompetencyApplied;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
