import type { AuthChecker } from 'type-graphql';
import type { Role } from './role';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** What an account whose password an administrator issued may still do: see itself (and what it may do), change it, leave. */
const PASSWORD_CHANGE_OPERATIONS = new Set(['me', 'viewerCan', 'changePassword', 'logout']);

function isRootOperation(typeName: string): boolean {
  return typeName === 'Query' || typeName === 'Mutation';
}

/**
 * `@Authorized()` means "any logged-in user"; `@Authorized(['ADMIN'])` means one of the roles.
 * Record-level rules live in each domain's policy.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  if (!context.actor) throw new UnauthenticatedError();
  if (context.actor.mustChangePassword && isRootOperation(info.parentType.name) && !PASSWORD_CHANGE_OPERATIONS.has(info.fieldName)) {
    const error = new ForbiddenError('Choose a new password before continuing');
    error.extra.reason = 'PASSWORD_CHANGE_REQUIRED';
    throw error;
  }
  if (roles.length === 0) return true;
  if (roles.some((r) => context.actor!.roles.includes(r))) return true;
  throw new ForbiddenError(`This requires one of the roles: ${roles.join(', ')}`);
};
