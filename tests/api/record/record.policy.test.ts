import { Role } from '../../../api/src/common/role';
import { recordPolicy } from '../../../api/src/modules/record/record.policy';
import { actorWith, employeeFor, N, type PolicyTable, rowsOf, scopeOf, Y } from '../../support/policy-table';

//                                     own supervised other
const readRecords: PolicyTable = {
  LEARNER: /*                       */ [Y, N, N],
  TRAINER: /*                       */ [Y, N, N],
  SUPERVISOR: /*                    */ [Y, Y, N],
  COMMITTEE: /*                     */ [Y, Y, Y],
  ADMIN: /*                         */ [Y, Y, Y],
};

const proposePlan: PolicyTable = {
  LEARNER: /*                       */ [Y, N, N],
  TRAINER: /*                       */ [Y, N, N],
  SUPERVISOR: /*                    */ [Y, N, N],
  COMMITTEE: /*                     */ [Y, N, N],
  ADMIN: /*                         */ [Y, N, N],
};

const decidePlan: PolicyTable = {
  LEARNER: /*                       */ [N, N, N],
  TRAINER: /*                       */ [N, N, N],
  SUPERVISOR: /*                    */ [N, Y, N],
  COMMITTEE: /*                     */ [N, N, N],
  ADMIN: /*                         */ [N, N, N],
};

//                                     own OPD, supervised OPD, other OPD
const readCompliance: PolicyTable = {
  LEARNER: /*                       */ [N, N, N],
  TRAINER: /*                       */ [N, N, N],
  SUPERVISOR: /*                    */ [Y, Y, N],
  COMMITTEE: /*                     */ [N, N, N],
  ADMIN: /*                         */ [Y, Y, Y],
};

describe('development plans and the JP ledger', () => {
  it.each(rowsOf(readRecords))('read plans and JP: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(recordPolicy.readRecords(actor, employeeFor(relation), scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(proposePlan))('propose, edit and submit a plan: %s, %s employee → %s', (role, relation, expected) => {
    expect(recordPolicy.proposePlan(actorWith(role), employeeFor(relation))).toBe(expected);
  });

  it.each(rowsOf(decidePlan))('approve or return a plan: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(recordPolicy.decidePlan(actor, employeeFor(relation), scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(readCompliance))("an OPD's JP compliance: %s, the %s employee's OPD → %s", (role, relation, expected) => {
    const actor = actorWith(role);
    expect(recordPolicy.readCompliance(actor, employeeFor(relation).opd.id, scopeOf(actor))).toBe(expected);
  });

  it.each(Object.values(Role))('the compliance report at all: ADMIN and SUPERVISOR (%s)', (role) => {
    expect(recordPolicy.readComplianceReport(actorWith(role))).toBe(role === Role.ADMIN || role === Role.SUPERVISOR);
  });

  it.each(rowsOf(decidePlan))(
    'a plan of a supervisor of their own OPD: %s, %s employee → %s, or yes for an administrator but never their own',
    (role, relation, expected) => {
      const actor = actorWith(role);
      const admin = role === Role.ADMIN && relation !== 'own';
      expect(recordPolicy.decidePlan(actor, employeeFor(relation), scopeOf(actor), true)).toBe(expected || admin);
    },
  );

  it.each(Object.values(Role))('credit rules and holidays: only ADMIN (%s)', (role) => {
    expect(recordPolicy.maintainReference(actorWith(role))).toBe(role === Role.ADMIN);
  });
});
