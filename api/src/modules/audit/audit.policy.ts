import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';

export const auditPolicy = {
  /** The whole audit log: administrators. */
  browse(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
  /** Who read or exported one's own history: everyone with an employee record. */
  ownViews(actor: Actor): boolean {
    return actor.employeeId !== null;
  },
};
