/** Role lives in common (every module asks it); the rules of granting roles are identity's. */
import { Role } from '../../common/role';

export { Role };
/** Roles an administrator grants and revokes. LEARNER is never granted: it follows from the employee link. */
export const GRANTABLE_ROLES: readonly Role[] = [Role.TRAINER, Role.SUPERVISOR, Role.COMMITTEE, Role.ADMIN];

/**
 * The one learner rule: every account linked to an employee learns (committee members and BKD
 * staff have their 20 JP too), whatever else it was granted. Granted roles give powers over others.
 */
export function effectiveRoles(granted: readonly Role[], linkedToEmployee: boolean): Role[] {
  const others = granted.filter((r) => r !== Role.LEARNER);
  return linkedToEmployee ? [Role.LEARNER, ...others] : others;
}
