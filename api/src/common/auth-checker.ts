import type { AuthChecker } from 'type-graphql';
import type { Role } from '../modules/identity/role';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * `@Authorized()` means "any logged-in user"; `@Authorized(['ADMIN'])` means one of the roles.
 * Record-level rules live in each domain's policy.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  if (roles.some((r) => context.actor!.roles.includes(r))) return true;
  throw new ForbiddenError(`This requires one of the roles: ${roles.join(', ')}`);
};
