import type { Role } from './role';

/** Who is acting: the logged-in user as services see it. */
export interface Actor {
  userId: string;
  username: string;
  roles: Role[];
  employeeId: string | null;
  /** The password was issued by an administrator: until it is changed, nothing else may be done. */
  mustChangePassword?: boolean;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}
