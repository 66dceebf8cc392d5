import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../../common/role';

/** Roles that may read across employees: the career committee, and administrators. */
export const COMMITTEE_READERS = [Role.COMMITTEE, Role.ADMIN];

export const committeePolicy = {
  /** Talent searches, employee histories, talent pools and their exports. */
  read(actor: Actor): boolean {
    return hasRole(actor, ...COMMITTEE_READERS);
  },
  /** Performance and potential ratings are recorded by administrators (the committee reads them). */
  rate(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  },
};
