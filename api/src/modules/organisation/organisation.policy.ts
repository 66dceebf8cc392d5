import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../identity/role';
import type { Employee } from './employee.entity';

/** Roles that may browse the employee directory. */
export const DIRECTORY_ROLES = [Role.ADMIN, Role.COMMITTEE, Role.SUPERVISOR, Role.TRAINER];

export const organisationPolicy = {
  readEmployee(actor: Actor, employee: Employee): boolean {
    return hasRole(actor, ...DIRECTORY_ROLES) || actor.employeeId === employee.id;
  },
  updateEmployee(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
