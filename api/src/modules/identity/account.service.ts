import { randomInt } from 'node:crypto';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { ACCOUNT_LIMITS } from '@komunitas-pintar/domain';
import { findPage, type Page, type PageInput } from '../../common/paging';
import { likePattern } from '../../common/text';
import { AuditService } from '../audit/audit.service';
import { Employee } from '../organisation/employee.entity';
import {
  type AccountFilter,
  AccountStatus,
  type ChangeRoleInput,
  type IssuePasswordInput,
  type SetAccountActiveInput,
  type UnlockAccountInput,
} from './account.inputs';
import type { AccountFigures } from './account.types';
import { identityPolicy } from './identity.policy';
import { LoginLock } from './login-lock.entity';
import { hashPassword } from './password';
import { Role } from '../../common/role';
import { effectiveRoles, GRANTABLE_ROLES } from './role';
import { forgetCachedSessions } from './session-cache';
import { Session } from './session.entity';
import { User } from './user.entity';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generatePassword(length: number = ACCOUNT_LIMITS.generatedPasswordLength): string {
  let password = '';
  for (let i = 0; i < length; i++) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return password;
}

export interface NewEmployee {
  id: string;
  nip: string;
  name: string;
}

/**
 * Gives each new employee a learner account that logs in by NIP, with no password yet: an
 * administrator issues the first one (generated and shown once, or chosen), to be changed at the
 * first login. Runs inside the caller's unit of work; the caller flushes.
 */
export async function openEmployeeAccounts(
  em: EntityManager,
  clock: Clock,
  actor: Actor | null,
  employees: NewEmployee[],
): Promise<User[]> {
  if (!employees.length) return [];
  const ids = employees.map((e) => e.id);
  const existing = new Set((await em.find(User, { employee: { $in: ids } }, { fields: ['id', 'employee'] })).map((u) => u.employee!.id));
  const audit = new AuditService(clock);
  const created: User[] = [];
  for (const employee of employees) {
    if (existing.has(employee.id)) continue;
    const user = em.create(User, {
      username: employee.nip,
      displayName: employee.name,
      roles: [],
      employee: em.getReference(Employee, employee.id),
      passwordHash: null,
    });
    audit.record(em, actor, {
      action: 'identity.account.open',
      subjectType: 'User',
      subjectId: user.id,
      employeeId: employee.id,
      details: { username: user.username },
    });
    created.push(user);
  }
  return created;
}

/**
 * Disables the accounts of employees who were marked inactive and ends their sessions, inside
 * the caller's unit of work (the sessions end at once; the accounts with the caller's flush).
 */
export async function closeEmployeeAccounts(em: EntityManager, clock: Clock, actor: Actor | null, employeeIds: string[]): Promise<void> {
  if (!employeeIds.length) return;
  const users = await em.find(User, { employee: { $in: employeeIds }, active: true });
  const audit = new AuditService(clock);
  for (const user of users) {
    user.active = false;
    audit.record(em, actor, {
      action: 'identity.account.disable',
      subjectType: 'User',
      subjectId: user.id,
      employeeId: user.employee?.id ?? null,
      purpose: 'The employee was marked inactive',
    });
  }
  if (users.length) {
    await em.nativeUpdate(Session, { user: { $in: users.map((u) => u.id) }, revokedAt: null }, { revokedAt: clock.now() });
    forgetCachedSessions(em);
  }
}

export class AccountService {
  private readonly audit: AuditService;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    this.audit = new AuditService(clock);
  }

  async accounts(actor: Actor, filter: AccountFilter = {}, page: PageInput): Promise<Page<User>> {
    assertCan(identityPolicy.manageAccounts(actor));
    const and: FilterQuery<User>[] = [];
    const search = filter.search?.trim();
    if (search) {
      const digits = search.replace(/\s/g, '');
      and.push(
        /^\d+$/.test(digits)
          ? { $or: [{ employee: { nip: { $like: `${digits}%` } } }, { username: { $like: `${digits}%` } }] }
          : {
              $or: [
                { displayName: { $ilike: `%${likePattern(search)}%` } },
                { username: { $ilike: `%${likePattern(search.toLowerCase())}%` } },
              ],
            },
      );
    }
    if (filter.role === Role.LEARNER) and.push({ employee: { $ne: null } });
    else if (filter.role) and.push({ roles: { $contains: [filter.role] } });
    const now = this.clock.now();
    switch (filter.status) {
      case AccountStatus.ACTIVE:
        and.push({ active: true });
        break;
      case AccountStatus.DISABLED:
        and.push({ active: false });
        break;
      case AccountStatus.LOCKED:
        and.push({ lockedUntil: { $gt: now } });
        break;
      case AccountStatus.NO_PASSWORD:
        and.push({ passwordHash: null });
        break;
      case AccountStatus.MUST_CHANGE_PASSWORD:
        and.push({ mustChangePassword: true, passwordHash: { $ne: null } });
        break;
      default:
        break;
    }
    return findPage(this.em, User, and.length ? { $and: and } : {}, page, { displayName: 'asc', username: 'asc' });
  }

  async figures(actor: Actor): Promise<AccountFigures> {
    assertCan(identityPolicy.manageAccounts(actor));
    const [row]: Record<string, string>[] = await this.em.getConnection().execute(
      `select count(*) as total,
              count(*) filter (where active) as active,
              count(*) filter (where not active) as disabled,
              count(*) filter (where exists (select 1 from login_lock l where l.user_id = app_user.id and l.locked_until > ?)) as locked,
              count(*) filter (where active and password_hash is null) as no_password,
              count(*) filter (where active and password_hash is not null and must_change_password) as must_change
       from app_user`,
      [this.clock.now()],
    );
    return {
      total: Number(row.total),
      active: Number(row.active),
      disabled: Number(row.disabled),
      locked: Number(row.locked),
      noPassword: Number(row.no_password),
      mustChangePassword: Number(row.must_change),
    };
  }

  async account(actor: Actor, userId: string): Promise<User> {
    return this.load(actor, userId);
  }

  private async load(actor: Actor, userId: string, em: EntityManager = this.em): Promise<User> {
    assertCan(identityPolicy.manageAccounts(actor));
    const user = await em.findOne(User, userId, { populate: ['supervisedOpds'] });
    if (!user) throw new NotFoundError('Account', userId);
    return user;
  }

  /** Refuses a change that would leave no active administrator. Call inside the change's transaction. */
  private async assertOtherActiveAdmin(em: EntityManager, user: User): Promise<void> {
    if (!user.active || !user.roles.includes(Role.ADMIN)) return;
    // Lock the administrators' rows so two administrators removing each other at once cannot both pass.
    const admins = await em.find(
      User,
      { roles: { $contains: [Role.ADMIN] }, active: true },
      { lockMode: LockMode.PESSIMISTIC_WRITE, fields: ['id'] },
    );
    if (!admins.some((a) => a.id !== user.id)) {
      const error = new ConflictError('This is the last active administrator: grant ADMIN to someone else first');
      error.extra.reason = 'LAST_ADMIN';
      throw error;
    }
  }

  async grantRole(actor: Actor, input: ChangeRoleInput): Promise<User> {
    return this.changingAccount(
      this.em.transactional(async (em) => {
        const user = await this.load(actor, input.userId, em);
        if (!GRANTABLE_ROLES.includes(input.role)) {
          throw BadInputError.field('role', 'LEARNER_IMPLIED', 'LEARNER is not granted: every account linked to an employee learns');
        }
        if (user.roles.includes(input.role)) {
          throw BadInputError.field('role', 'ALREADY_GRANTED', `The account already has the role ${input.role}`);
        }
        user.roles = [...user.roles, input.role];
        this.record(em, actor, 'identity.role.grant', user, input.reason.trim(), { role: input.role });
        return user;
      }),
    );
  }

  async revokeRole(actor: Actor, input: ChangeRoleInput): Promise<User> {
    return this.changingAccount(
      this.em.transactional(async (em) => {
        const user = await this.load(actor, input.userId, em);
        if (!user.roles.includes(input.role)) {
          throw BadInputError.field('role', 'NOT_GRANTED', `The account does not have the role ${input.role}`);
        }
        if (input.role === Role.ADMIN) await this.assertOtherActiveAdmin(em, user);
        user.roles = user.roles.filter((r) => r !== input.role);
        const details: Record<string, unknown> = { role: input.role };
        if (input.role === Role.SUPERVISOR && user.supervisedOpds.count()) {
          // A former supervisor monitors no one: their OPDs are let go, and the record says which.
          details.supervisedOpdIds = user.supervisedOpds.getItems().map((o) => o.id);
          user.supervisedOpds.removeAll();
        }
        this.record(em, actor, 'identity.role.revoke', user, input.reason.trim(), details);
        return user;
      }),
    );
  }

  async setActive(actor: Actor, input: SetAccountActiveInput): Promise<User> {
    return this.changingAccount(
      this.em.transactional(async (em) => {
        const user = await this.load(actor, input.userId, em);
        assertCan(identityPolicy.setActive(actor, user), 'You cannot disable your own account');
        if (user.active === input.active) {
          throw BadInputError.field(
            'active',
            input.active ? 'ALREADY_ACTIVE' : 'ALREADY_DISABLED',
            input.active ? 'The account is already enabled' : 'The account is already disabled',
          );
        }
        if (!input.active) {
          await this.assertOtherActiveAdmin(em, user);
          await this.endSessions(em, user);
        }
        user.active = input.active;
        this.record(em, actor, input.active ? 'identity.account.enable' : 'identity.account.disable', user, input.reason.trim());
        return user;
      }),
    );
  }

  /** Lifts the account's locks from every address; the locks go and the audit entry is written in one transaction. */
  async unlock(actor: Actor, input: UnlockAccountInput): Promise<User> {
    return this.em.transactional(async (em) => {
      const user = await this.load(actor, input.userId, em);
      const lockedUntil = user.lockedUntil;
      if (!lockedUntil || lockedUntil <= this.clock.now()) {
        throw BadInputError.field('userId', 'NOT_LOCKED', 'The account is not locked');
      }
      await em.nativeDelete(LoginLock, { user: user.id });
      user.lockedUntil = null;
      this.record(em, actor, 'identity.account.unlock', user, null, { lockedUntil: lockedUntil.toISOString() });
      return user;
    });
  }

  /**
   * Sets a password an administrator gives or generates (shown once, stored only as its argon2id
   * hash); the account must change it at the next login, and its open sessions end.
   */
  async issuePassword(actor: Actor, input: IssuePasswordInput): Promise<{ user: User; generatedPassword: string | null }> {
    assertCan(identityPolicy.manageAccounts(actor));
    const generatedPassword = input.password ? null : generatePassword();
    const passwordHash = await hashPassword(input.password ?? generatedPassword!);
    // The new password, the lifted locks, the ended sessions and the audit entry commit together.
    const user = await this.changingAccount(
      this.em.transactional(async (em) => {
        const user = await this.load(actor, input.userId, em);
        if (!user.active) throw BadInputError.field('userId', 'ACCOUNT_DISABLED', 'Enable the account before giving it a password');
        const first = !(await em.count(User, { id: user.id, passwordHash: { $ne: null } }));
        user.passwordHash = passwordHash;
        user.mustChangePassword = true;
        await em.nativeDelete(LoginLock, { user: user.id });
        user.lockedUntil = null;
        await this.endSessions(em, user);
        this.record(em, actor, first ? 'identity.password.issue' : 'identity.password.reset', user, null, {
          generated: generatedPassword !== null,
        });
        return user;
      }),
    );
    return { user, generatedPassword };
  }

  private async endSessions(em: EntityManager, user: User): Promise<void> {
    await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: this.clock.now() });
    forgetCachedSessions(em);
  }

  /** A change of an account's roles or state, once written: cached sessions are read anew. */
  private async changingAccount<T>(change: Promise<T>): Promise<T> {
    try {
      return await change;
    } finally {
      forgetCachedSessions(this.em);
    }
  }

  private record(em: EntityManager, actor: Actor, action: string, user: User, reason: string | null, details?: Record<string, unknown>) {
    this.audit.record(em, actor, {
      action,
      subjectType: 'User',
      subjectId: user.id,
      employeeId: user.employee?.id ?? null,
      purpose: reason,
      details: details ?? null,
    });
  }

  /** The roles an administrator may still grant to / revoke from this account. */
  static grantable(user: User): Role[] {
    return GRANTABLE_ROLES.filter((r) => !user.roles.includes(r));
  }

  static effective(user: User): Role[] {
    return effectiveRoles(user.roles, !!user.employee);
  }
}
