import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { assertCan, BadInputError, NotFoundError, UnauthenticatedError } from '../../common/errors';
import { normalizeNip } from '@komunitas-pintar/domain';
import { byKeys, requestLoader } from '../../common/loaders';
import { instant, readRows } from '../../common/read-model';
import type { Config } from '../../config';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import type { ChangePasswordInput, LoginInput, SetSupervisedOpdsInput } from './identity.inputs';
import { identityPolicy } from './identity.policy';
import { LoginLock } from './login-lock.entity';
import { addressKey } from '../../common/client-address';
import { hashPassword, needsRehash, spendPasswordCheck, verifyAgainstDummy, verifyPassword } from './password';
import { Role } from '../../common/role';
import { effectiveRoles } from './role';
import {
  type CachedSession,
  cachedSession,
  forgetCachedSessions,
  rememberSession,
  sessionGeneration,
  sharedSessionLookup,
} from './session-cache';
import { Session } from './session.entity';
import { User } from './user.entity';

const WRONG_CREDENTIALS = 'Wrong username or password';
const SESSION_RETENTION_DAYS = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toActor(user: User): Actor {
  return {
    userId: user.id,
    username: user.username,
    roles: effectiveRoles(user.roles, !!user.employee),
    employeeId: user.employee?.id ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
  sessionId: string;
}

type SecurityConfig = Pick<Config, 'sessionHours' | 'maxFailedLogins' | 'lockoutMinutes' | 'maxFailedLoginsPerAddress'>;

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: SecurityConfig,
    private readonly clock: Clock,
  ) {}

  private async findLoginUser(username: string): Promise<User | null> {
    const name = username.trim();
    const nip = normalizeNip(name);
    if (/^\d{18}$/.test(nip)) {
      const employee = await this.em.findOne(Employee, { nip });
      if (employee) {
        return this.em.findOne(User, { employee }, { populate: ['passwordHash'] });
      }
    }
    return this.em.findOne(User, { username: name.toLowerCase() }, { populate: ['passwordHash'] });
  }

  /**
   * Checks a username (or NIP) and password. Every failure answers alike, after a full password
   * check, whether the account is unknown, disabled or locked, or the password wrong; only the
   * address throttle, which says nothing about any account, has its own message. Failures are
   * counted per account and client address, so wrong passwords from one address lock the account
   * for that address only; each attempt is counted atomically before its password is checked, so
   * parallel attempts cannot slip past the lock: an account sees at most `maxFailedLogins`
   * password checks per lock from one address. The address throttle, across accounts, bounds
   * what one address may try. Both count an address by `addressKey` (an IPv6 host by its /64),
   * and both forget failures after `lockoutMinutes` without one. `clientAddress` is the client's
   * address (none for calls from inside the server, which count as one address of their own).
   */
  async login(input: LoginInput, userAgent?: string, clientAddress: string | null = null): Promise<LoginResult> {
    const now = this.clock.now();
    const address = clientAddress === null ? null : addressKey(clientAddress);
    if (address) await this.takeAddressAttempt(address, now);
    const user = await this.findLoginUser(input.username);
    const from = address ?? '';
    const slot = user && user.active && user.passwordHash ? await this.takeAccountAttempt(user.id, from, now) : null;
    if (!user || !user.passwordHash || slot === null) {
      // As long as a real check: against the account's own hash, whose answer is not used.
      if (user?.passwordHash) await spendPasswordCheck(user.passwordHash, input.password);
      else await verifyAgainstDummy(input.password);
      throw this.wrongCredentials();
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      if (slot >= this.config.maxFailedLogins) await this.lockAccount(user.id, from, now);
      throw this.wrongCredentials();
    }
    if (address) await this.giveAddressAttemptBack(address);
    // Failures from this address are forgiven; other addresses' counts and locks stay.
    await this.em.nativeDelete(LoginLock, { user: user.id, address: from });
    user.lastLoginAt = now;
    // A hash made with older parameters is stored again with today's, now that the password is known.
    if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(input.password);
    // Ended sessions are kept a while for the record, then forgotten.
    const forgetBefore = new Date(now.getTime() - SESSION_RETENTION_DAYS * 86_400_000);
    await this.em.nativeDelete(Session, {
      user: user.id,
      $or: [{ expiresAt: { $lt: forgetBefore } }, { revokedAt: { $lt: forgetBefore } }],
    });
    const { token, session } = this.newSession(user, userAgent);
    await this.em.flush();
    return { token, expiresAt: session.expiresAt, user, sessionId: session.id };
  }

  private wrongCredentials(): UnauthenticatedError {
    const error = new UnauthenticatedError(
      `${WRONG_CREDENTIALS}. After ${this.config.maxFailedLogins} failed logins an account is locked for ${this.config.lockoutMinutes} minutes.`,
    );
    error.extra.reason = 'WRONG_CREDENTIALS';
    return error;
  }

  /**
   * Counts one more attempt on an account from an address it is not locked for, in one
   * statement, and returns its number since the last success or lock from there; null when the
   * account is locked for that address or its attempts are all taken by checks still running.
   * Failures older than `lockoutMinutes` with none since are forgotten: the count starts again.
   */
  private async takeAccountAttempt(userId: string, address: string, now: Date): Promise<number | null> {
    const forgetBefore = new Date(now.getTime() - this.config.lockoutMinutes * 60_000);
    const rows: { failures: number }[] = await this.em.getConnection().execute(
      `insert into login_lock (user_id, address, failures, counted_at) values (?, ?, 1, ?)
       on conflict (user_id, address) do update set
         failures = case when login_lock.counted_at <= ? then 1 else login_lock.failures + 1 end,
         counted_at = excluded.counted_at
        where (login_lock.locked_until is null or login_lock.locked_until <= ?)
          and (login_lock.failures < ? or login_lock.counted_at <= ?)
       returning failures`,
      [userId, address, now, forgetBefore, now, this.config.maxFailedLogins, forgetBefore],
    );
    return rows.length ? Number(rows[0].failures) : null;
  }

  private async lockAccount(userId: string, address: string, now: Date): Promise<void> {
    const lockUntil = new Date(now.getTime() + this.config.lockoutMinutes * 60_000);
    await this.em.nativeUpdate(LoginLock, { user: userId, address }, { failures: 0, lockedUntil: lockUntil });
  }

  /**
   * Counts one more attempt from `address` in one statement; refuses the login when the address
   * has used up its failures for the window. A successful login gives its attempt back.
   */
  private async takeAddressAttempt(address: string, now: Date): Promise<void> {
    const windowEnds = new Date(now.getTime() + this.config.lockoutMinutes * 60_000);
    const rows: { failures: number; window_ends_at: Date }[] = await this.em.getConnection().execute(
      `insert into login_throttle (address, failures, window_ends_at) values (?, 1, ?)
       on conflict (address) do update set
         failures = case when login_throttle.window_ends_at <= ? then 1 else login_throttle.failures + 1 end,
         window_ends_at = case when login_throttle.window_ends_at <= ? then excluded.window_ends_at else login_throttle.window_ends_at end
       returning failures, window_ends_at`,
      [address, windowEnds, now, now],
    );
    const { failures, window_ends_at: ends } = rows[0];
    if (Number(failures) > this.config.maxFailedLoginsPerAddress) {
      const minutes = Math.max(1, Math.ceil((new Date(ends).getTime() - now.getTime()) / 60_000));
      const error = new UnauthenticatedError(
        `Too many failed logins from this network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
      error.extra.reason = 'TOO_MANY_ATTEMPTS';
      error.extra.retryAfter = new Date(ends).toISOString();
      throw error;
    }
  }

  private async giveAddressAttemptBack(address: string): Promise<void> {
    await this.em.getConnection().execute(`update login_throttle set failures = greatest(failures - 1, 0) where address = ?`, [address]);
  }

  private newSession(user: User, userAgent?: string) {
    const token = randomBytes(32).toString('base64url');
    const session = this.em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.now().getTime() + this.config.sessionHours * 3_600_000),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, session };
  }

  /** An employee's login account, for administrators (null for others); the employees of a request load together. */
  accountOf(actor: Actor, employee: Employee): Promise<User | null> {
    if (!identityPolicy.readAccount(actor)) return Promise.resolve(null);
    return requestLoader<string, User>(this.em, 'accountByEmployee', async (ids) =>
      byKeys(ids, await this.em.find(User, { employee: { $in: [...ids] } }), (u) => u.employee!.id),
    ).load(employee.id);
  }

  /** The logged-in user's account. */
  me(actor: Actor): Promise<User> {
    return this.em.findOneOrFail(User, actor.userId);
  }

  /** Ends the actor's session: its token stops working. */
  async logout(actor: Actor, sessionId: string): Promise<void> {
    await this.em.nativeUpdate(Session, { id: sessionId, user: actor.userId, revokedAt: null }, { revokedAt: this.clock.now() });
    forgetCachedSessions(this.em);
  }

  async setSupervisedOpds(actor: Actor, input: SetSupervisedOpdsInput): Promise<User> {
    assertCan(identityPolicy.setSupervision(actor), 'Only administrators set which OPDs a supervisor monitors');
    const user = await this.em.findOne(User, input.userId, { populate: ['supervisedOpds'] });
    if (!user) throw new NotFoundError('User', input.userId);
    if (!user.roles.includes(Role.SUPERVISOR)) {
      throw BadInputError.field('userId', 'NOT_SUPERVISOR', 'Only a supervisor monitors OPDs');
    }
    const opds = await this.em.find(Opd, { id: { $in: input.opdIds } });
    if (opds.length !== new Set(input.opdIds).size) throw BadInputError.field('opdIds', 'NOT_FOUND', 'An OPD does not exist');
    const before = user.supervisedOpds.getItems().map((o) => o.id);
    user.supervisedOpds.set(opds);
    new AuditService(this.clock).record(this.em, actor, {
      action: 'identity.supervisedOpds.set',
      subjectType: 'User',
      subjectId: user.id,
      employeeId: user.employee?.id ?? null,
      details: { before, after: opds.map((o) => o.id) },
    });
    await this.em.flush();
    return user;
  }

  /** Changes the password and revokes every other session of the user. */
  async changePassword(actor: Actor, sessionId: string | null, input: ChangePasswordInput): Promise<void> {
    const user = await this.em.findOneOrFail(User, actor.userId, { populate: ['passwordHash'] });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw BadInputError.field('currentPassword', 'WRONG_PASSWORD', 'The current password is wrong');
    }
    if (input.newPassword === input.currentPassword) {
      throw BadInputError.field('newPassword', 'SAME_PASSWORD', 'The new password must differ from the current one');
    }
    user.passwordHash = await hashPassword(input.newPassword);
    user.mustChangePassword = false;
    await this.em.nativeUpdate(
      Session,
      { user: user.id, revokedAt: null, ...(sessionId ? { id: { $ne: sessionId } } : {}) },
      { revokedAt: this.clock.now() },
    );
    await this.em.flush();
    forgetCachedSessions(this.em);
  }
}

/**
 * The running session of a token hash and its active account as an actor, as plain columns of one
 * prepared statement (no entities: it runs whenever a token's second in memory is up).
 */
async function readSession(em: EntityManager, tokenHash: string, now: Date): Promise<CachedSession | null> {
  const [row] = await readRows<{
    id: string;
    expires_at: unknown;
    user_id: string;
    username: string;
    roles: Role[];
    employee_id: string | null;
    must_change_password: boolean;
  }>(
    em,
    `select s.id, s.expires_at, u.id as user_id, u.username, u.roles, u.employee_id, u.must_change_password
       from session s join app_user u on u.id = s.user_id
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > ? and u.active`,
    [tokenHash, now],
  );
  if (!row) return null;
  return {
    actor: {
      userId: row.user_id,
      username: row.username,
      roles: effectiveRoles(row.roles, row.employee_id !== null),
      employeeId: row.employee_id,
      mustChangePassword: row.must_change_password,
    },
    sessionId: row.id,
    expiresAt: instant(row.expires_at),
  };
}

/** The actor and session of a request's bearer token or session cookie, or nulls. */
export async function authenticateRequest(
  em: EntityManager,
  config: SecurityConfig,
  clock: Clock,
  token: string | null,
): Promise<{ actor: Actor | null; sessionId: string | null }> {
  if (!token || token.length > 200) return { actor: null, sessionId: null };
  const tokenHash = hashToken(token);
  const readAt = clock.now().getTime();
  const cached = cachedSession(em, tokenHash, readAt);
  if (cached) return { actor: { ...cached.actor }, sessionId: cached.sessionId };
  const session = await sharedSessionLookup(em, tokenHash, async () => {
    const generation = sessionGeneration(em);
    const entry = await readSession(em, tokenHash, clock.now());
    if (entry) rememberSession(em, tokenHash, entry, readAt, generation);
    return entry;
  });
  if (!session) return { actor: null, sessionId: null };
  return { actor: { ...session.actor, roles: [...session.actor.roles] }, sessionId: session.sessionId };
}
