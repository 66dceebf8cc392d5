import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { assertCan, NotFoundError } from '../../common/errors';
import { requestLoader } from '../../common/loaders';
import { Role } from '../../common/role';
import { Employee } from './employee.entity';
import { type EmployeeScope, organisationPolicy } from './organisation.policy';

/**
 * Answers which OPDs each of the given users supervises (ids in the order asked). Who
 * supervises is kept with the user accounts, above this module: identity registers the answer.
 */
export type SupervisedOpdsSource = (em: EntityManager, userIds: readonly string[]) => Promise<string[][]>;

let supervisedOpdsSource: SupervisedOpdsSource | undefined;

export function registerSupervisedOpdsSource(source: SupervisedOpdsSource): void {
  supervisedOpdsSource = source;
}

/** The OPDs a supervisor monitors (empty for anyone else), asked once per request. */
export async function employeeScope(em: EntityManager, actor: Actor): Promise<EmployeeScope> {
  if (!hasRole(actor, Role.SUPERVISOR)) return { supervisedOpds: new Set() };
  const source = supervisedOpdsSource;
  if (!source) throw new Error('No source of supervised OPDs is registered: call registerModules() at start-up');
  const opds = await requestLoader<string, string[]>(em, 'supervisedOpds', (userIds) => source(em, userIds)).load(actor.userId);
  return { supervisedOpds: new Set(opds ?? []) };
}

/** An employee by id; NOT_FOUND when there is none. */
export async function findEmployee(em: EntityManager, employeeId: string): Promise<Employee> {
  const employee = await em.findOne(Employee, employeeId);
  if (!employee) throw new NotFoundError('Employee', employeeId);
  return employee;
}

/**
 * FORBIDDEN unless the actor may read the employee's records (see `organisationPolicy.readRecords`).
 * Returns the actor's scope, for the permission checks that follow.
 */
export async function assertReadable(
  em: EntityManager,
  actor: Actor,
  employee: Employee,
  message = "You may not see this employee's records",
): Promise<EmployeeScope> {
  const scope = await employeeScope(em, actor);
  assertCan(organisationPolicy.readRecords(actor, employee, scope), message);
  return scope;
}

/** An employee whose records the actor may read (see `assertReadable`); NOT_FOUND or FORBIDDEN otherwise. */
export async function readableEmployee(em: EntityManager, actor: Actor, employeeId: string): Promise<Employee> {
  const employee = await findEmployee(em, employeeId);
  await assertReadable(em, actor, employee);
  return employee;
}
