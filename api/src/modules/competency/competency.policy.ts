import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';
import type { Employee } from '../organisation/employee.entity';
import { type EmployeeScope, isSelf, organisationPolicy, supervises } from '../organisation/organisation.policy';
import { AssessmentMethod } from './competency.enums';

/** Assessment methods as a form offers them: the person's own view first, then the records of others. */
const ASSESS_ORDER = [
  AssessmentMethod.SELF,
  AssessmentMethod.SUPERVISOR,
  AssessmentMethod.ASSESSMENT_CENTER,
  AssessmentMethod.CERTIFICATE,
  AssessmentMethod.TRAINER,
];

export const competencyPolicy = {
  /** Profile, gap and assessments of an employee: whoever may read the employee's records. */
  readProfile(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return organisationPolicy.readRecords(actor, employee, scope);
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
      case AssessmentMethod.TRAINING:
        // Recorded only by accepting what a completed training proposed (`decideProposal`).
        return false;
      default:
        return hasRole(actor, Role.ADMIN);
    }
  },

  /** The methods the actor may record evidence with for the employee, their own first. */
  assessMethods(actor: Actor, employee: Employee, scope: EmployeeScope): AssessmentMethod[] {
    return ASSESS_ORDER.filter((method) => competencyPolicy.assess(actor, employee, method, scope));
  },

  /**
   * Accept or decline evidence a completed training proposed: the employee's supervisor or an
   * administrator, never the employee (accepted, it outranks a supervisor's assessment).
   */
  decideProposal(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return !isSelf(actor, employee) && (supervises(actor, employee, scope) || hasRole(actor, Role.ADMIN));
  },

  /** The dictionary, position standards, position-type defaults and career paths. */
  maintainDictionary(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
