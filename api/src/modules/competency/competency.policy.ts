import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../identity/role';
import type { Employee } from '../organisation/employee.entity';
import { AssessmentMethod } from './competency.enums';

/** What the actor may do with one employee's competency records. */
export interface EmployeeScope {
  /** OPDs the actor supervises. */
  supervisedOpds: Set<string>;
}

function isSelf(actor: Actor, employee: Employee): boolean {
  return actor.employeeId === employee.id;
}

function supervises(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
  return hasRole(actor, Role.SUPERVISOR) && scope.supervisedOpds.has(employee.opd.id);
}

export const competencyPolicy = {
  /** Profile, gap, assessments and plans of an employee. */
  readEmployee(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return isSelf(actor, employee) || hasRole(actor, Role.ADMIN, Role.COMMITTEE) || supervises(actor, employee, scope);
  },

  /**
   * Who may record evidence of each method: learners assess themselves; supervisors the
   * employees they supervise (not themselves); administrators record assessment-centre
   * results, certificates and trainers' evaluations.
   */
  assess(actor: Actor, employee: Employee, method: AssessmentMethod, scope: EmployeeScope): boolean {
    switch (method) {
      case AssessmentMethod.SELF:
        return isSelf(actor, employee);
      case AssessmentMethod.SUPERVISOR:
        return !isSelf(actor, employee) && supervises(actor, employee, scope);
      default:
        return hasRole(actor, Role.ADMIN);
    }
  },

  /** Approve or return a development plan. */
  decidePlan(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return !isSelf(actor, employee) && supervises(actor, employee, scope);
  },

  maintainDictionary(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
