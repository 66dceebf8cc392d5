import type { Actor } from '../../api/src/common/actor';
import { Role } from '../../api/src/common/role';
import type { Employee } from '../../api/src/modules/organisation/employee.entity';
import type { EmployeeScope } from '../../api/src/modules/organisation/organisation.policy';

/**
 * Policy tables: each action lists, per role, what the rule answers for each relation of the
 * actor to the record. Relations: `own` (the actor's own record), `supervised` (an employee of an
 * OPD the actor supervises, where the actor is a supervisor) and `other` (anyone else).
 */
export const RELATIONS = ['own', 'supervised', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** One row per role: the answers for own, supervised, other. */
export type PolicyTable = Record<Role, [own: boolean, supervised: boolean, other: boolean]>;

const SUPERVISED_OPD = 'opd-supervised';
const OTHER_OPD = 'opd-other';
const ACTOR_EMPLOYEE = 'employee-actor';

/** An actor holding one role (with an employee record, as every demo account has). */
export function actorWith(role: Role, employeeId: string | null = ACTOR_EMPLOYEE): Actor {
  return { userId: `user-${role.toLowerCase()}`, username: role.toLowerCase(), roles: [role], employeeId };
}

/** The employee the relation names; the actor's own record sits in the OPD a supervisor supervises. */
export function employeeFor(relation: Relation): Employee {
  const id = relation === 'own' ? ACTOR_EMPLOYEE : `employee-${relation}`;
  const opd = relation === 'other' ? OTHER_OPD : SUPERVISED_OPD;
  return { id, opd: { id: opd } } as unknown as Employee;
}

/** What `employeeScope` loads: supervisors supervise one OPD, everyone else none. */
export function scopeOf(actor: Actor): EmployeeScope {
  return { supervisedOpds: new Set(actor.roles.includes(Role.SUPERVISOR) ? [SUPERVISED_OPD] : []) };
}

/** Rows for `it.each`: role, relation and the expected answer. */
export function rowsOf(table: PolicyTable): [Role, Relation, boolean][] {
  return (Object.entries(table) as [Role, boolean[]][]).flatMap(([role, answers]) =>
    RELATIONS.map((relation, i): [Role, Relation, boolean] => [role, relation, answers[i]]),
  );
}

/** Every role appears in a table, so a new role cannot slip through unasked. */
export function everyRole(table: PolicyTable): boolean {
  return Object.values(Role).every((role) => role in table);
}

export const Y = true;
export const N = false;
