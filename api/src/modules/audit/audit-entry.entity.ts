import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * One recorded act: who did what to which record, and which employee it concerned.
 * Entries are written once and never changed; they keep the actor's name and plain ids (no
 * foreign keys) so they outlive the users and records they mention.
 */
@Entity()
@Index({ properties: ['at'] })
@Index({ properties: ['employeeId', 'at'] })
@Index({ properties: ['actorUserId', 'at'] })
@Index({ properties: ['action', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  /** When it happened, from the service's clock. */
  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The acting user; null for the system (imports, scheduled work). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  /** The actor's username when they acted. */
  @Property({ type: 'text' })
  actorName!: string;

  /** What was done, as a dotted code: `committee.history.read`, `certificate.revoke`. */
  @Property({ type: 'text' })
  action!: string;

  /** The kind of record acted on: `Employee`, `TalentSearch`, `Certificate`. */
  @Property({ type: 'text' })
  subjectType!: string;

  /** The record's id, where there is one record. */
  @Property({ type: 'text', nullable: true })
  subjectId?: string | null;

  /** The employee the act concerned, if one: what "who looked at my history" lists. */
  @Property({ type: 'uuid', nullable: true })
  employeeId?: string | null;

  /** Why, as the actor gave it (the meeting, the vacancy), where the act requires one. */
  @Property({ type: 'text', nullable: true })
  purpose?: string | null;

  /** Anything else worth keeping: filters used, ids listed, counts, old and new values. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
