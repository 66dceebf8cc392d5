import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../identity/role';
import { GroupStatus, JoinPolicy, MemberStatus } from './community.enums';

/** How the actor stands to one group, worked out by the service right after loading it. */
export interface GroupRelation {
  /** The actor's employee leads the group. */
  groupTrainer: boolean;
  /** The actor's employee monitors the group (pengawas kelompok). */
  groupMonitor: boolean;
  /** The actor's membership status, if any. */
  membership: MemberStatus | null;
  /** The actor created the group. */
  creator: boolean;
}

export const NO_RELATION: GroupRelation = { groupTrainer: false, groupMonitor: false, membership: null, creator: false };

/** Statuses in which a group is open to applications and shows in everyone's catalog. */
export const OPEN_STATUSES: readonly GroupStatus[] = [GroupStatus.APPROVED, GroupStatus.RUNNING];

/** What each lifecycle action needs, and where it leads. */
export const TRANSITIONS = {
  edit: { from: [GroupStatus.DRAFT] },
  propose: { from: [GroupStatus.DRAFT], to: GroupStatus.PROPOSED },
  approve: { from: [GroupStatus.PROPOSED], to: GroupStatus.APPROVED },
  return: { from: [GroupStatus.PROPOSED], to: GroupStatus.DRAFT },
  start: { from: [GroupStatus.APPROVED], to: GroupStatus.RUNNING },
  complete: { from: [GroupStatus.RUNNING], to: GroupStatus.COMPLETED },
  cancel: { from: [GroupStatus.DRAFT, GroupStatus.PROPOSED, GroupStatus.APPROVED, GroupStatus.RUNNING], to: GroupStatus.CANCELLED },
  join: { from: OPEN_STATUSES },
  addMember: { from: [GroupStatus.DRAFT, GroupStatus.PROPOSED, GroupStatus.APPROVED, GroupStatus.RUNNING] },
  leave: { from: [GroupStatus.DRAFT, GroupStatus.PROPOSED, GroupStatus.APPROVED] },
} as const satisfies Record<string, { from: readonly GroupStatus[]; to?: GroupStatus }>;

export type GroupTransition = keyof typeof TRANSITIONS;

export function fits(action: GroupTransition, status: GroupStatus): boolean {
  return (TRANSITIONS[action].from as readonly GroupStatus[]).includes(status);
}

const leads = (r: GroupRelation) => r.groupTrainer || r.groupMonitor;

/**
 * Record rules of community groups. Who may act is decided here from the actor's account roles and
 * their relation to the group; whether the group's status allows the action is `fits` (CONFLICT).
 */
export const communityPolicy = {
  /** Trainers propose groups; administrators may draft them for a trainer. */
  create(actor: Actor): boolean {
    return hasRole(actor, Role.TRAINER, Role.ADMIN);
  },

  /**
   * Open groups are in everyone's catalog; drafts only for their trainer, monitor and creator and
   * administrators; other statuses also for members and the committee.
   */
  read(actor: Actor, status: GroupStatus, r: GroupRelation): boolean {
    if (leads(r) || r.creator || hasRole(actor, Role.ADMIN)) return true;
    if (OPEN_STATUSES.includes(status)) return true;
    if (status === GroupStatus.DRAFT) return false;
    return r.membership !== null || hasRole(actor, Role.COMMITTEE);
  },

  /** The group's trainer (with the TRAINER role) or its creator edits and proposes a draft; administrators too. */
  edit(actor: Actor, r: GroupRelation): boolean {
    return hasRole(actor, Role.ADMIN) || (hasRole(actor, Role.TRAINER) && (r.groupTrainer || r.creator));
  },

  propose(actor: Actor, r: GroupRelation): boolean {
    return hasRole(actor, Role.TRAINER) && (r.groupTrainer || r.creator);
  },

  /** Approving or returning a proposal is BKD's: administrators. */
  decide(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  start(actor: Actor, r: GroupRelation): boolean {
    return r.groupTrainer || hasRole(actor, Role.ADMIN);
  },

  cancel(actor: Actor, r: GroupRelation): boolean {
    return r.groupTrainer || r.creator || hasRole(actor, Role.ADMIN);
  },

  /** An employee applies to an open group they may join (see `mayApply`). */
  apply(actor: Actor, r: GroupRelation): boolean {
    return actor.employeeId !== null && !leads(r);
  },

  /** The group's trainer accepts or declines applications. */
  decideApplication(_actor: Actor, r: GroupRelation): boolean {
    return r.groupTrainer;
  },

  /** The group's trainer or monitor adds members directly. */
  addMember(_actor: Actor, r: GroupRelation): boolean {
    return leads(r);
  },

  leave(_actor: Actor, r: GroupRelation): boolean {
    return r.membership === MemberStatus.ACTIVE || r.membership === MemberStatus.APPLIED;
  },

  /** The roster with each member's attendance and flagged locations: the group's trainer and monitor, administrators. */
  readRoster(actor: Actor, r: GroupRelation): boolean {
    return leads(r) || hasRole(actor, Role.ADMIN);
  },

  /** One member's attendance: the member, the group's trainer and monitor, administrators; no other trainer. */
  readAttendanceOf(actor: Actor, r: GroupRelation, employeeId: string): boolean {
    return actor.employeeId === employeeId || this.readRoster(actor, r);
  },

  /** Sessions are run and marked by the group's trainer. */
  runSessions(_actor: Actor, r: GroupRelation): boolean {
    return r.groupTrainer;
  },

  /** The group's monitor acknowledges session reports and approves results (completes the group). */
  monitor(actor: Actor, r: GroupRelation): boolean {
    return r.groupMonitor;
  },
};

/** Whether an employee of `opdId` may apply to a group with this policy. */
export function mayApply(joinPolicy: JoinPolicy, openOpdIds: string[], opdId: string): boolean {
  if (joinPolicy === JoinPolicy.ANY_OPD) return true;
  if (joinPolicy === JoinPolicy.LISTED_OPDS) return openOpdIds.includes(opdId);
  return false;
}
