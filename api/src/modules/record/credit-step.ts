import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** One step of how an activity's JP were computed; the client words it in the reader's language. */
export enum CreditStepCode {
  /** The JP a curriculum states: `jp`. */
  CURRICULUM = 'CURRICULUM',
  /** The JP of learning a module states (forms crediting actual time): `jp`. */
  STATED_LEARNING = 'STATED_LEARNING',
  /** Actual minutes over the minutes per JP: `minutes`, `minutesPerJp`. */
  MINUTES = 'MINUTES',
  /** Actual minutes over the minutes per JP, each date earning at most its own minutes: `minutes`, `minutesPerJp`, `days`. */
  MINUTES_PER_DATE = 'MINUTES_PER_DATE',
  /** JP per day × days: `value`, `days`. */
  PER_DAY = 'PER_DAY',
  /** JP once per activity: `value`. */
  PER_ACTIVITY = 'PER_ACTIVITY',
  /** JP per session × the sessions that counted: `value`, `sessions`. */
  PER_SESSION = 'PER_SESSION',
  /** Only `fit` of the `sessions` held in `month` fit the monthly cap of `cap` sessions. */
  SESSION_MONTH_CAP = 'SESSION_MONTH_CAP',
  /** The JP the approver gave (no amount: the claimed JP; `jp`: the approver's own). */
  AS_APPROVED = 'AS_APPROVED',
  /** Actual minutes over the minutes per JP, until an approver sets the JP: `minutes`, `minutesPerJp`. */
  TO_BE_APPROVED = 'TO_BE_APPROVED',
  /** The daily cap of `cap` JP left room on `days` dates; `held` JP were already on them, `full` dates were already full. */
  DAY_CAP = 'DAY_CAP',
  /** The daily cap of `cap` JP left no room: all `full` dates were already full. */
  DAY_CAP_FULL = 'DAY_CAP_FULL',
  /** At most the `jp` the activity (a module) states. */
  STATED_MAX = 'STATED_MAX',
  /** The international bonus of `percent` %. */
  INTERNATIONAL_BONUS = 'INTERNATIONAL_BONUS',
  /** A note kept from before notes were coded, as it was written: `text`. */
  RECORDED_TEXT = 'RECORDED_TEXT',
}

registerEnumType(CreditStepCode, { name: 'CreditStepCode', description: 'A step of a JP computation, worded by the client' });

/** A step of a JP computation: a code and the parameters it needs (the others are null). */
@ObjectType({ description: 'A step of how JP were computed: a code the client words, with its parameters' })
export class CreditStep {
  @Field(() => CreditStepCode)
  code!: CreditStepCode;

  @Field(() => Float, { nullable: true, description: 'JP stated, approved or the most the activity earns' })
  jp?: number | null;

  @Field(() => Int, { nullable: true, description: 'Actual minutes of learning' })
  minutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes per JP (setting)' })
  minutesPerJp?: number | null;

  @Field(() => Float, { nullable: true, description: 'JP per day, session or activity, by the form’s rule' })
  value?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days (dates of learning) the step counts' })
  days?: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions held or counted' })
  sessions?: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions that fit the monthly cap' })
  fit?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month?: string | null;

  @Field(() => Float, { nullable: true, description: 'The cap: JP per day, or sessions per month' })
  cap?: number | null;

  @Field(() => Float, { nullable: true, description: 'JP the employee’s records already held on the dates with room' })
  held?: number | null;

  @Field(() => Int, { nullable: true, description: 'Dates already full' })
  full?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bonus percent' })
  percent?: number | null;

  @Field(() => String, { nullable: true, description: 'A note kept as written before notes were coded' })
  text?: string | null;
}

/** A step as computed and stored (jsonb): its code and only the parameters it has. */
export type CreditStepData = { code: CreditStepCode } & Partial<Omit<CreditStep, 'code'>>;
