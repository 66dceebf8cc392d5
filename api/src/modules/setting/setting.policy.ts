import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';

export const settingPolicy = {
  /** The configurable figures (JP rules, validity windows) are read by every logged-in user: forms need them. */
  read(_actor: Actor): boolean {
    return true;
  },

  update(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
