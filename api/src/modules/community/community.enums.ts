import { registerEnumType } from 'type-graphql';

/** Where a group learns. */
export enum GroupMode {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
  BLENDED = 'BLENDED',
}

/** Who pays: the participant, shared between participant and regency, or the regional budget. */
export enum GroupFunding {
  MANDIRI = 'MANDIRI',
  COST_SHARING = 'COST_SHARING',
  APBD = 'APBD',
}

/** Who may apply to join. */
export enum JoinPolicy {
  /** Employees of any OPD. */
  ANY_OPD = 'ANY_OPD',
  /** Employees of the OPDs the group lists. */
  LISTED_OPDS = 'LISTED_OPDS',
  /** Nobody applies: the group's trainer or supervisor adds members. */
  INVITATION = 'INVITATION',
}

/** DRAFT → PROPOSED → APPROVED → RUNNING → COMPLETED, or CANCELLED before completion. */
export enum GroupStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/**
 * A person's part in one group. Deliberately not the account role SUPERVISOR nor the position type
 * PENGAWAS: any employee may be a group's trainer (`GROUP_TRAINER`) or the one who monitors it
 * (`GROUP_MONITOR`, shown to users as "pengawas kelompok").
 */
export enum GroupRole {
  GROUP_TRAINER = 'GROUP_TRAINER',
  GROUP_MONITOR = 'GROUP_MONITOR',
  MEMBER = 'MEMBER',
}

export enum MemberStatus {
  /** Applied; waits for the group's trainer. */
  APPLIED = 'APPLIED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
}

/** The trainer's proposed result for a member at the end of the group. */
export enum MemberResult {
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}

export enum GroupAction {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(GroupMode, { name: 'GroupMode', description: 'Where a community group learns' });
registerEnumType(GroupFunding, { name: 'GroupFunding', description: 'MANDIRI (self-funded), COST_SHARING or APBD (regional budget)' });
registerEnumType(JoinPolicy, { name: 'JoinPolicy', description: 'Who may apply to join a community group' });
registerEnumType(GroupStatus, { name: 'GroupStatus', description: 'DRAFT → PROPOSED → APPROVED → RUNNING → COMPLETED, or CANCELLED' });
registerEnumType(GroupRole, { name: 'GroupRole', description: "A person's part in a community group (not an account role)" });
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(MemberResult, { name: 'MemberResult' });
registerEnumType(GroupAction, { name: 'GroupAction' });

export enum SessionStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** How an attendance was recorded. */
export enum AttendanceMethod {
  /** The member checked in with the session's rotating code (scanned or typed). */
  CODE = 'CODE',
  /** The group trainer marked it by hand, with a reason. */
  MANUAL = 'MANUAL',
}

/** Why a check-in is shown to the group monitor: accepted, never dropped. */
export enum AttendanceFlag {
  /** The phone gave no location for a session at a place. */
  NO_LOCATION = 'NO_LOCATION',
  /** The phone's location was outside the place's radius. */
  OUTSIDE_RADIUS = 'OUTSIDE_RADIUS',
}

registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'PLANNED → OPEN (check-in runs) → CLOSED' });
registerEnumType(AttendanceMethod, { name: 'AttendanceMethod' });
registerEnumType(AttendanceFlag, { name: 'AttendanceFlag', description: 'Why the group monitor should look at a check-in' });
