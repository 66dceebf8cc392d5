import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../api/src/common/actor';
import { Role } from '../../api/src/common/role';
import { User } from '../../api/src/modules/identity/user.entity';
import { toActor } from '../../api/src/modules/identity/identity.service';
import { Employee } from '../../api/src/modules/organisation/employee.entity';
import { Opd } from '../../api/src/modules/organisation/opd.entity';
import { EmployeeType } from '../../api/src/modules/organisation/organisation.enums';
import { Position } from '../../api/src/modules/organisation/position.entity';
import { PositionHeld } from '../../api/src/modules/organisation/position-held.entity';
import { DEFAULT_TIME_ZONE, localDate } from '../../api/src/common/dates';

export const TEST_PASSWORD = 'rahasia-sekali-123';
/**
 * TEST_PASSWORD as argon2id stores it, at a small cost (4 MiB, one pass): logging in is what many
 * tests do, and at the app's cost (64 MiB, three passes) each check takes seconds on a busy
 * machine. The app reads the cost from the hash, so these accounts log in through the same code.
 */
const TEST_PASSWORD_HASH = '$argon2id$v=19$m=4096,t=1,p=1$tPike0YcpWmThGCBAsivtQ$NkvcU+0CHl0qq6F5xr301sj02LPQ70nWaNuTzgyUm78';
let counter = 0;

/** A valid, unique NIP: born 1990, appointed 2015, sequence from a counter. */
export function nextNip(gender: 1 | 2 = 1): string {
  counter++;
  const day = String(1 + (Math.floor(counter / 999) % 28)).padStart(2, '0');
  const seq = String((counter % 999) + 1).padStart(3, '0');
  return `199001${day}201503${gender}${seq}`;
}

export async function anOpd(em: EntityManager, code = 'DISKOMINFO'): Promise<Opd> {
  return em.findOneOrFail(Opd, { code });
}

export async function aPosition(em: EntityManager, code = 'PENGOLAH-DATA'): Promise<Position> {
  return em.findOneOrFail(Position, { code });
}

type EmployeeData = Partial<Omit<Employee, 'opd' | 'position' | 'positionSince'>> & {
  opdCode?: string;
  position?: Position | null;
  /** With a position: the first day it is held (today unless told), as its open record of the positions held. */
  positionSince?: string;
};

export async function makeEmployee(em: EntityManager, data: EmployeeData = {}): Promise<Employee> {
  const { opdCode, positionSince, ...rest } = data;
  const employee = em.create(Employee, {
    nip: nextNip(),
    name: `Pegawai Uji ${counter}`,
    employeeType: EmployeeType.PNS,
    opd: await anOpd(em, opdCode),
    rank: 'III/a',
    ...rest,
  });
  if (employee.position) {
    const fromDate = positionSince ?? localDate(new Date(), DEFAULT_TIME_ZONE);
    em.create(PositionHeld, { employee, position: employee.position, opd: employee.opd, fromDate, toDate: null });
    employee.positionSince = fromDate;
  }
  await em.flush();
  return employee;
}

export interface TestUser {
  user: User;
  actor: Actor;
  password: string;
}

/** A user with the given roles, linked to a new employee unless `withEmployee` is false. */
export async function makeUser(
  em: EntityManager,
  roles: Role[] = [Role.LEARNER],
  options: { username?: string; withEmployee?: boolean; employee?: Employee } = {},
): Promise<TestUser> {
  const employee = options.employee ?? (options.withEmployee === false ? null : await makeEmployee(em));
  const user = em.create(User, {
    username: options.username ?? `user${++counter}`,
    passwordHash: TEST_PASSWORD_HASH,
    displayName: employee?.name ?? 'Pengguna Uji',
    // LEARNER is never stored: it follows from the employee link.
    roles: roles.filter((r) => r !== Role.LEARNER),
    employee,
  });
  await em.flush();
  return { user, actor: toActor(user), password: TEST_PASSWORD };
}

/** One user per role, for role × operation tables. */
export async function usersByRole(em: EntityManager): Promise<Record<Role, TestUser>> {
  const result = {} as Record<Role, TestUser>;
  for (const role of Object.values(Role)) result[role] = await makeUser(em, [role]);
  return result;
}

/** Makes a supervisor monitor the given OPDs. */
export async function supervise(em: EntityManager, supervisor: TestUser, opds: Opd[]): Promise<void> {
  const user = await em.findOneOrFail(User, supervisor.user.id, { populate: ['supervisedOpds'] });
  user.supervisedOpds.set(opds);
  await em.flush();
}
