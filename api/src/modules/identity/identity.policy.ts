import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';
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

  /** The login account of an employee (username, roles, last login): administrators. */
  readAccount(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  /** Which OPDs a supervisor monitors: administrators set it. */
  setSupervision(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },

  /** A password is changed by its owner only. */
  changePassword(actor: Actor, userId: string): boolean {
    return actor.userId === userId;
  },
};
