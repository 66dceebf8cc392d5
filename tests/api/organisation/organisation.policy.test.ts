import { Role } from '../../../api/src/common/role';
import { organisationPolicy } from '../../../api/src/modules/organisation/organisation.policy';
import { actorWith, employeeFor, everyRole, N, type PolicyTable, rowsOf, scopeOf, Y } from '../../support/policy-table';

//                                     own supervised other
const readEmployee: PolicyTable = {
  LEARNER: /*                       */ [Y, N, N],
  TRAINER: /*                       */ [Y, Y, Y],
  SUPERVISOR: /*                    */ [Y, Y, Y],
  COMMITTEE: /*                     */ [Y, Y, Y],
  ADMIN: /*                         */ [Y, Y, Y],
};

const readRecords: PolicyTable = {
  LEARNER: /*                       */ [Y, N, N],
  TRAINER: /*                       */ [Y, N, N],
  SUPERVISOR: /*                    */ [Y, Y, N],
  COMMITTEE: /*                     */ [Y, Y, Y],
  ADMIN: /*                         */ [Y, Y, Y],
};

const decideFor: PolicyTable = {
  LEARNER: /*                       */ [N, N, N],
  TRAINER: /*                       */ [N, N, N],
  SUPERVISOR: /*                    */ [N, Y, N],
  COMMITTEE: /*                     */ [N, N, N],
  ADMIN: /*                         */ [N, N, N],
};

describe('who may see an employee', () => {
  it.each([readEmployee, readRecords, decideFor])('tables name every role', (table) => {
    expect(everyRole(table)).toBe(true);
  });

  it.each(rowsOf(readEmployee))('directory entry: %s, %s employee → %s', (role, relation, expected) => {
    expect(organisationPolicy.readEmployee(actorWith(role), employeeFor(relation))).toBe(expected);
  });

  it.each(rowsOf(readRecords))('records (competencies, plans, JP): %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(organisationPolicy.readRecords(actor, employeeFor(relation), scopeOf(actor))).toBe(expected);
  });

  it.each(rowsOf(decideFor))('decide on their requests: %s, %s employee → %s', (role, relation, expected) => {
    const actor = actorWith(role);
    expect(organisationPolicy.decideFor(actor, employeeFor(relation), scopeOf(actor))).toBe(expected);
  });

  it.each(Object.values(Role))('update employees, OPDs and positions: only ADMIN (%s)', (role) => {
    expect(organisationPolicy.updateEmployee(actorWith(role))).toBe(role === Role.ADMIN);
    expect(organisationPolicy.maintainStructure(actorWith(role))).toBe(role === Role.ADMIN);
  });

  it('an account without an employee record is never "own"', () => {
    const actor = actorWith(Role.LEARNER, null);
    expect(organisationPolicy.readRecords(actor, employeeFor('other'), scopeOf(actor))).toBe(false);
  });
});
