import { Role } from '../../../api/src/common/role';
import { AssessmentMethod } from '../../../api/src/modules/competency/competency.enums';
import { competencyPolicy } from '../../../api/src/modules/competency/competency.policy';
import { actorWith, employeeFor, N, type PolicyTable, rowsOf, scopeOf, Y } from '../../support/policy-table';

//                                     own supervised other
const readProfile: PolicyTable = {
  LEARNER: /*                       */ [Y, N, N],
  TRAINER: /*                       */ [Y, N, N],
  SUPERVISOR: /*                    */ [Y, Y, N],
  COMMITTEE: /*                     */ [Y, Y, Y],
  ADMIN: /*                         */ [Y, Y, Y],
};

const assessSelf: PolicyTable = {
  LEARNER: /*                       */ [Y, N, N],
  TRAINER: /*                       */ [Y, N, N],
  SUPERVISOR: /*                    */ [Y, N, N],
  COMMITTEE: /*                     */ [Y, N, N],
  ADMIN: /*                         */ [Y, N, N],
};

const assessAsSupervisor: PolicyTable = {
  LEARNER: /*                       */ [N, N, N],
  TRAINER: /*                       */ [N, N, N],
  SUPERVISOR: /*                    */ [N, Y, N],
  COMMITTEE: /*                     */ [N, N, N],
  ADMIN: /*                         */ [N, N, N],
};

/** Assessment centre, certificates and trainers' evaluations are recorded by administrators. */
const assessOtherMethods: PolicyTable = {
  LEARNER: /*                       */ [N, N, N],
  TRAINER: /*                       */ [N, N, N],
  SUPERVISOR: /*                    */ [N, N, N],
  COMMITTEE: /*                     */ [N, N, N],
  ADMIN: /*                         */ [Y, Y, Y],
};

/** Accepting or declining evidence a completed training proposed: the supervisor or an administrator, never the employee. */
const decideProposal: PolicyTable = {
  LEARNER: /*                       */ [N, N, N],
  TRAINER: /*                       */ [N, N, N],
  SUPERVISOR: /*                    */ [N, Y, N],
  COMMITTEE: /*                     */ [N, N, N],
  ADMIN: /*                         */ [N, Y, Y],
};

const OTHER_METHODS = Object.values(AssessmentMethod).filter(
  (m) => m !== AssessmentMethod.SELF && m !== AssessmentMethod.SUPERVISOR && m !== AssessmentMethod.TRAINING,
);

describe('competency records', () => {
  it.each(rowsOf(readProfile))('profile, gap and assessments: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(competencyPolicy.readProfile(actor, employeeFor(relation), scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(assessSelf))('record a SELF assessment: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(competencyPolicy.assess(actor, employeeFor(relation), AssessmentMethod.SELF, scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(assessAsSupervisor))('record a SUPERVISOR assessment: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(competencyPolicy.assess(actor, employeeFor(relation), AssessmentMethod.SUPERVISOR, scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(assessOtherMethods))('record any other method: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(OTHER_METHODS.length).toBeGreaterThan(0);
    for (const method of OTHER_METHODS) {
      expect(competencyPolicy.assess(actor, employeeFor(relation), method, scopeOf(actor))).toBe(expected);
    }
  });

  it.each(rowsOf(decideProposal))('accept or decline proposed training evidence: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(competencyPolicy.decideProposal(actor, employeeFor(relation), scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(decideProposal))(
    'record TRAINING evidence by hand: nobody (%s, %s employee), it comes from accepting a proposal',
    (role, relation) => {
      const actor = actorWith(role);
      expect(competencyPolicy.assess(actor, employeeFor(relation), AssessmentMethod.TRAINING, scopeOf(actor))).toBe(false);
    },
  );

  it.each(Object.values(Role))('maintain the dictionary and standards: only ADMIN (%s)', (role) => {
    expect(competencyPolicy.maintainDictionary(actorWith(role))).toBe(role === Role.ADMIN);
  });
});
