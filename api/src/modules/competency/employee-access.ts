import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { assertCan, NotFoundError } from '../../common/errors';
import { byKeys, requestLoader } from '../../common/loaders';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { Employee } from '../organisation/employee.entity';
import { competencyPolicy, type EmployeeScope } from './competency.policy';

/** The OPDs a supervisor monitors (empty for anyone else), asked once per request. */
export async function employeeScope(em: EntityManager, actor: Actor): Promise<EmployeeScope> {
  if (!hasRole(actor, Role.SUPERVISOR)) return { supervisedOpds: new Set() };
  const opds = await requestLoader<string, string[]>(em, 'supervisedOpds', async (userIds) => {
    const users = await em.find(User, { id: { $in: [...userIds] } }, { populate: ['supervisedOpds'] });
    return byKeys(userIds, users, (u) => u.id).map((u) => (u?.supervisedOpds.getIdentifiers() as string[] | undefined) ?? []);
  }).load(actor.userId);
  return { supervisedOpds: new Set(opds ?? []) };
}

/** An employee by id; NOT_FOUND when there is none. */
export async function findEmployee(em: EntityManager, employeeId: string): Promise<Employee> {
  const employee = await em.findOne(Employee, employeeId);
  if (!employee) throw new NotFoundError('Employee', employeeId);
  return employee;
}

/**
 * FORBIDDEN unless the actor may read the employee's competency records, plans and JP
 * (themselves, the OPDs they supervise, or everyone for committee and admins). Returns the
 * actor's scope, for the permission checks that follow.
 */
export async function assertReadable(
  em: EntityManager,
  actor: Actor,
  employee: Employee,
  message = "You may not see this employee's records",
): Promise<EmployeeScope> {
  const scope = await employeeScope(em, actor);
  assertCan(competencyPolicy.readEmployee(actor, employee, scope), message);
  return scope;
}

/** An employee whose records the actor may read (see `assertReadable`); NOT_FOUND or FORBIDDEN otherwise. */
export async function readableEmployee(em: EntityManager, actor: Actor, employeeId: string): Promise<Employee> {
  const employee = await findEmployee(em, employeeId);
  await assertReadable(em, actor, employee);
  return employee;
}
