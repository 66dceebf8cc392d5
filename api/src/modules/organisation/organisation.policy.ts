import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';
import type { Employee } from './employee.entity';

/** Roles that may browse the employee directory. */
export const DIRECTORY_ROLES = [Role.ADMIN, Role.COMMITTEE, Role.SUPERVISOR, Role.TRAINER];

/** What the actor's relation to employees rests on, loaded once per request (see `employeeScope`). */
export interface EmployeeScope {
  /** OPDs the actor supervises (empty unless a supervisor). */
  supervisedOpds: Set<string>;
}

/** The employee is the actor. */
export function isSelf(actor: Actor, employee: Employee): boolean {
  return actor.employeeId !== null && actor.employeeId === employee.id;
}

/** The actor supervises the employee's OPD. */
export function supervises(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
  return hasRole(actor, Role.SUPERVISOR) && scope.supervisedOpds.has(employee.opd.id);
}

/**
 * Who may see an employee. Every module asks these rules rather than writing its own.
 */
export const organisationPolicy = {
  /** List and search the employee directory. */
  browseDirectory(actor: Actor): boolean {
    return hasRole(actor, ...DIRECTORY_ROLES);
  },

  /** The directory entry (name, NIP, OPD, position): directory roles see all, others themselves. */
  readEmployee(actor: Actor, employee: Employee): boolean {
    return organisationPolicy.browseDirectory(actor) || isSelf(actor, employee);
  },

  /**
   * The employee's records (competency profile and gap, assessments, development plans, JP):
   * themselves, supervisors of their OPD, committee and administrators.
   */
  readRecords(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return isSelf(actor, employee) || hasRole(actor, Role.ADMIN, Role.COMMITTEE) || supervises(actor, employee, scope);
  },

  /** Decide on the employee's requests (approve or return a development plan): a supervisor of their OPD, never for themselves. */
  decideFor(actor: Actor, employee: Employee, scope: EmployeeScope): boolean {
    return !isSelf(actor, employee) && supervises(actor, employee, scope);
  },

  updateEmployee(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  /** Correct the first day of a position an employee held (a placement recorded late or with a wrong date): administrators. */
  correctPlacements(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  maintainStructure(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
