import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';
import type { Employee } from '../organisation/employee.entity';
import { type EmployeeScope, isSelf, organisationPolicy } from '../organisation/organisation.policy';

/** Development plans, learning claims, the JP ledger and the reference data JP credits rest on. */
export const recordPolicy = {
  /** A plan, a claim (with its evidence) or the JP ledger of an employee: whoever may read the employee's records. */
  readRecords(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return organisationPolicy.readRecords(actor, employee, scope);
  },

  /** Propose, edit and submit a plan: the employee themselves. */
  proposePlan(actor: Actor, employee: Employee): boolean {
    return isSelf(actor, employee);
  },

  /**
   * Approve or return a submitted plan: a supervisor of the employee's OPD, never their own. The
   * plan of a supervisor of their own OPD (`supervisesOwnOpd`), whom no colleague may have to
   * decide it, is also decided by an administrator (never their own).
   */
  decidePlan(actor: Actor, employee: Employee, scope: EmployeeScope, supervisesOwnOpd = false): boolean {
    return (
      organisationPolicy.decideFor(actor, employee, scope) || (supervisesOwnOpd && hasRole(actor, Role.ADMIN) && !isSelf(actor, employee))
    );
  },

  /** Claim learning for an employee: the employee themselves, or an administrator on their behalf (audited). */
  claimFor(actor: Actor, employee: Employee): boolean {
    return isSelf(actor, employee) || hasRole(actor, Role.ADMIN);
  },

  /** Approve, reject or return a claim: a supervisor of the employee's OPD or an administrator, never for their own claim. */
  decideClaim(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return organisationPolicy.decideFor(actor, employee, scope) || (hasRole(actor, Role.ADMIN) && !isSelf(actor, employee));
  },

  /** The compliance report at all (of the OPDs `readCompliance` allows): administrators and supervisors. */
  readComplianceReport(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN) || hasRole(actor, Role.SUPERVISOR);
  },

  /** The JP compliance of an OPD and its people: administrators for every OPD, a supervisor for the OPDs they supervise. */
  readCompliance(actor: Actor, opdId: string, scope: EmployeeScope): boolean {
    return hasRole(actor, Role.ADMIN) || (hasRole(actor, Role.SUPERVISOR) && scope.supervisedOpds.has(opdId));
  },

  /** Credit rules of the forms of learning and the holiday calendar. */
  maintainReference(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
