import { DecimalType, Entity, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { LearningRecord } from './learning-record.entity';

/**
 * The JP a learning record holds on one of its dates of learning; a record's days add up to its JP.
 * A daily cap (e-learning 3 JP/day…) gives a new activity, on each of its dates, the room the cap
 * leaves after what the employee's records of the same form already hold on that date. For forms
 * credited per session the days are the session dates, with the sessions that counted on each, so
 * a monthly session cap (coaching 2 sessions/month) counts every month in which sessions took place.
 *
 * Employee, form and status stay on the record: the cap query starts from the employee's records
 * (index on employee), skips rejected ones and reaches their days through the `(record, date)`
 * key. Copying employee and form here would save nothing, as the status (which changes) still
 * lives on the record. Records without days (none exist yet) count their JP and sessions on their end date.
 */
@Entity()
@Unique({ properties: ['record', 'date'] })
export class LearningRecordDay extends BaseEntity {
  @ManyToOne(() => LearningRecord, { ref: true, deleteRule: 'cascade' })
  record!: Ref<LearningRecord>;

  /** YYYY-MM-DD, the local date of learning. */
  @Property({ type: 'date' })
  date!: string;

  /** JP on that date, to one decimal. */
  @Property({ type: new DecimalType('number'), precision: 6, scale: 1 })
  jp!: number;

  /** Sessions that counted on that date (forms credited per session; 0 for the others). */
  @Property({ type: 'smallint', default: 0 })
  sessions: number & Opt = 0;
}
