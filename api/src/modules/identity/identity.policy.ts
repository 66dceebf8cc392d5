import { type Actor, hasRole } from '../../common/actor';
import { Role } from './role';
import type { User } from './user.entity';

export const identityPolicy = {
  /** Lists accounts, grants and revokes roles, disables, unlocks and issues passwords. */
  manageAccounts(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
  /** The details of an account's standing (locked, password issued): its owner and administrators. */
  readAccountStatus(actor: Actor, user: User): boolean {
    return actor.userId === user.id || hasRole(actor, Role.ADMIN);
  },
  /** An administrator does not disable their own account (they would lock themselves out mid-change). */
  setActive(actor: Actor, user: User): boolean {
    return hasRole(actor, Role.ADMIN) && actor.userId !== user.id;
  },
};
