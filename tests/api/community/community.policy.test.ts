import { Role } from '../../../api/src/common/role';
import { GroupStatus, MemberStatus } from '../../../api/src/modules/community/community.enums';
import { communityPolicy, type GroupRelation, NO_RELATION } from '../../../api/src/modules/community/community.policy';
import { actorWith, N, Y } from '../../support/policy-table';

/** How the actor stands to the group: its trainer, its monitor (pengawas kelompok), an active member, or none of these. */
const RELATIONS = ['groupTrainer', 'groupMonitor', 'member', 'other'] as const;
type Relation = (typeof RELATIONS)[number];
type Table = Record<Role, [groupTrainer: boolean, groupMonitor: boolean, member: boolean, other: boolean]>;

function relation(r: Relation): GroupRelation {
  return {
    ...NO_RELATION,
    groupTrainer: r === 'groupTrainer',
    groupMonitor: r === 'groupMonitor',
    membership: r === 'member' ? MemberStatus.ACTIVE : null,
  };
}

const rows = (table: Table) =>
  (Object.entries(table) as [Role, boolean[]][]).flatMap(([role, answers]) => RELATIONS.map((r, i) => [role, r, answers[i]] as const));

const everyRole = (table: Table) => Object.values(Role).every((role) => role in table);

//                              trainer monitor member other
const readRoster: Table = {
  LEARNER: /*     */ [Y, Y, N, N],
  TRAINER: /*     */ [Y, Y, N, N],
  SUPERVISOR: /*  */ [Y, Y, N, N],
  COMMITTEE: /*   */ [Y, Y, N, N],
  ADMIN: /*       */ [Y, Y, Y, Y],
};
/** A member's own attendance, minutes and JP to earn. */
const readOwnAttendance: Table = {
  LEARNER: /*     */ [Y, Y, Y, N],
  TRAINER: /*     */ [Y, Y, Y, N],
  SUPERVISOR: /*  */ [Y, Y, Y, N],
  COMMITTEE: /*   */ [Y, Y, Y, N],
  ADMIN: /*       */ [Y, Y, Y, Y],
};
const runSessions: Table = {
  LEARNER: /*     */ [Y, N, N, N],
  TRAINER: /*     */ [Y, N, N, N],
  SUPERVISOR: /*  */ [Y, N, N, N],
  COMMITTEE: /*   */ [Y, N, N, N],
  ADMIN: /*       */ [Y, N, N, N],
};
const monitor: Table = {
  LEARNER: /*     */ [N, Y, N, N],
  TRAINER: /*     */ [N, Y, N, N],
  SUPERVISOR: /*  */ [N, Y, N, N],
  COMMITTEE: /*   */ [N, Y, N, N],
  ADMIN: /*       */ [N, Y, N, N],
};
const addMember: Table = {
  LEARNER: /*     */ [Y, Y, N, N],
  TRAINER: /*     */ [Y, Y, N, N],
  SUPERVISOR: /*  */ [Y, Y, N, N],
  COMMITTEE: /*   */ [Y, Y, N, N],
  ADMIN: /*       */ [Y, Y, N, N],
};
const edit: Table = {
  LEARNER: /*     */ [N, N, N, N],
  TRAINER: /*     */ [Y, N, N, N],
  SUPERVISOR: /*  */ [N, N, N, N],
  COMMITTEE: /*   */ [N, N, N, N],
  ADMIN: /*       */ [Y, Y, Y, Y],
};
const readDraft: Table = {
  LEARNER: /*     */ [Y, Y, N, N],
  TRAINER: /*     */ [Y, Y, N, N],
  SUPERVISOR: /*  */ [Y, Y, N, N],
  COMMITTEE: /*   */ [Y, Y, N, N],
  ADMIN: /*       */ [Y, Y, Y, Y],
};
const readCompleted: Table = {
  LEARNER: /*     */ [Y, Y, Y, N],
  TRAINER: /*     */ [Y, Y, Y, N],
  SUPERVISOR: /*  */ [Y, Y, Y, N],
  COMMITTEE: /*   */ [Y, Y, Y, Y],
  ADMIN: /*       */ [Y, Y, Y, Y],
};

describe('community policy: role × relation to the group', () => {
  it('every table names every role', () => {
    for (const table of [readRoster, readOwnAttendance, runSessions, monitor, addMember, edit, readDraft, readCompleted])
      expect(everyRole(table)).toBe(true);
  });

  it.each(rows(readRoster))("read every member's attendance and flagged locations: %s, %s → %s", (role, r, expected) => {
    expect(communityPolicy.readRoster(actorWith(role), relation(r))).toBe(expected);
    // Another member's attendance follows the same rule: a member sees only their own.
    expect(communityPolicy.readAttendanceOf(actorWith(role), relation(r), 'employee-someone-else')).toBe(expected);
  });

  it.each(rows(readOwnAttendance))('read one’s own attendance: %s, %s → %s', (role, r, expected) => {
    const actor = actorWith(role);
    // A non-member reading "their own" attendance of a group they are not in reads nothing of others: only the rule for the actor's employee is asked.
    expect(communityPolicy.readAttendanceOf(actor, relation(r), r === 'other' ? 'employee-someone-else' : actor.employeeId!)).toBe(
      expected,
    );
  });

  it.each(rows(runSessions))('plan, open and close sessions, show the code, mark attendance: %s, %s → %s', (role, r, expected) => {
    expect(communityPolicy.runSessions(actorWith(role), relation(r))).toBe(expected);
  });

  it.each(rows(monitor))('acknowledge reports and approve results: %s, %s → %s', (role, r, expected) => {
    expect(communityPolicy.monitor(actorWith(role), relation(r))).toBe(expected);
  });

  it.each(rows(addMember))('add members: %s, %s → %s', (role, r, expected) => {
    expect(communityPolicy.addMember(actorWith(role), relation(r))).toBe(expected);
  });

  it.each(rows(edit))('edit a draft: %s, %s → %s', (role, r, expected) => {
    expect(communityPolicy.edit(actorWith(role), relation(r))).toBe(expected);
  });

  it.each(rows(readDraft))('see a draft: %s, %s → %s', (role, r, expected) => {
    expect(communityPolicy.read(actorWith(role), GroupStatus.DRAFT, relation(r))).toBe(expected);
  });

  it.each(rows(readCompleted))('see a completed group: %s, %s → %s', (role, r, expected) => {
    expect(communityPolicy.read(actorWith(role), GroupStatus.COMPLETED, relation(r))).toBe(expected);
  });

  it.each(Object.values(Role).flatMap((role) => RELATIONS.map((r) => [role, r] as const)))(
    'an open group is in everyone’s catalog: %s, %s',
    (role, r) => {
      expect(communityPolicy.read(actorWith(role), GroupStatus.RUNNING, relation(r))).toBe(true);
    },
  );
});
