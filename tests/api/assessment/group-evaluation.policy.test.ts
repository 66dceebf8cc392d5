import { Role } from '../../../api/src/common/role';
import { assessmentPolicy, type CompletedGroupRelation } from '../../../api/src/modules/assessment/assessment.policy';
import { actorWith, N, Y } from '../../support/policy-table';

/** How the actor stands to a completed group: took part, led it, monitored it (pengawas kelompok), or none of these. */
const RELATIONS = ['participant', 'groupTrainer', 'groupMonitor', 'other'] as const;
type Relation = (typeof RELATIONS)[number];
type Table = Record<Role, [participant: boolean, groupTrainer: boolean, groupMonitor: boolean, other: boolean]>;

const relation = (r: Relation): CompletedGroupRelation => ({
  participant: r === 'participant',
  groupTrainer: r === 'groupTrainer',
  groupMonitor: r === 'groupMonitor',
});

const rows = (table: Table) =>
  (Object.entries(table) as [Role, boolean[]][]).flatMap(([role, answers]) => RELATIONS.map((r, i) => [role, r, answers[i]] as const));

//                          participant trainer monitor other
const evaluateGroup: Table = {
  LEARNER: /*     */ [Y, N, N, N],
  TRAINER: /*     */ [Y, N, N, N],
  SUPERVISOR: /*  */ [Y, N, N, N],
  COMMITTEE: /*   */ [Y, N, N, N],
  ADMIN: /*       */ [Y, N, N, N],
};
/** The aggregate and the learning gain; never one participant's answers. */
const readGroupEvaluation: Table = {
  LEARNER: /*     */ [N, Y, Y, N],
  TRAINER: /*     */ [N, Y, Y, N],
  SUPERVISOR: /*  */ [N, Y, Y, N],
  COMMITTEE: /*   */ [N, Y, Y, N],
  ADMIN: /*       */ [Y, Y, Y, Y],
};

describe('evaluations of a completed group: role × relation to the group', () => {
  it('every table names every role', () => {
    for (const table of [evaluateGroup, readGroupEvaluation]) expect(Object.values(Role).every((role) => role in table)).toBe(true);
  });

  it.each(rows(evaluateGroup))('evaluate the trainer and programme: %s, %s → %s', (role, r, expected) => {
    expect(assessmentPolicy.evaluateGroup(actorWith(role), relation(r))).toBe(expected);
  });

  it('an account without an employee evaluates nothing', () => {
    expect(assessmentPolicy.evaluateGroup(actorWith(Role.ADMIN, null), relation('participant'))).toBe(false);
  });

  it.each(rows(readGroupEvaluation))('read the results in aggregate and the learning gain: %s, %s → %s', (role, r, expected) => {
    expect(assessmentPolicy.readGroupEvaluation(actorWith(role), relation(r))).toBe(expected);
  });
});
