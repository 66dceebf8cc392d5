import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';
import type { Employee } from '../organisation/employee.entity';
import { type EmployeeScope, isSelf, organisationPolicy } from '../organisation/organisation.policy';

/** Who may do what with registered certificates. Anyone may verify one by its code (no rule needed). */
export const certificatePolicy = {
  /** Read and download a certificate: its holder, their supervisors, committee and administrators. */
  read(actor: Actor, holder: Employee, scope: EmployeeScope): boolean {
    return organisationPolicy.readRecords(actor, holder, scope);
  },

  /** Download a revoked certificate: administrators only (the holder sees it revoked). */
  downloadRevoked(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  /** The register of every certificate, revocation, issuing for a claim, and the settings: administrators. */
  administer(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  /** Whose certificates the holder's own list shows. */
  own(actor: Actor, holder: Employee): boolean {
    return isSelf(actor, holder);
  },
};
