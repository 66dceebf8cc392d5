import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { AuditService } from '../audit/audit.service';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../../common/errors';
import { normalizeNip } from '@komunitas-pintar/domain';
import type { Config } from '../../config';
import { Employee } from '../organisation/employee.entity';
import { Opd } from '../organisation/opd.entity';
import type { ChangePasswordInput, LoginInput, SetSupervisedOpdsInput } from './identity.inputs';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { Role } from '../../common/role';
import { effectiveRoles } from './role';
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

type SecurityConfig = Pick<Config, 'sessionHours' | 'maxFailedLogins' | 'lockoutMinutes'>;

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: SecurityConfig,
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

  async login(input: LoginInput, userAgent?: string): Promise<LoginResult> {
    const user = await this.findLoginUser(input.username);
    if (!user || !user.active || !user.passwordHash) {
      await verifyAgainstDummy(input.password);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      throw lockedError(user.lockedUntil, now);
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const lockedUntil = await this.recordFailedLogin(user.id, now);
      if (lockedUntil) {
        const error = new UnauthenticatedError(
          `${WRONG_CREDENTIALS}. After ${this.config.maxFailedLogins} failed logins the account is locked for ${this.config.lockoutMinutes} minutes.`,
        );
        error.extra.lockedUntil = lockedUntil.toISOString();
        throw error;
      }
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    user.failedLogins = 0;
    user.lockedUntil = null;
    user.lastLoginAt = now;
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

  /** Counts a failure atomically; returns the lock end when this failure locks the account. */
  private async recordFailedLogin(userId: string, now: Date): Promise<Date | null> {
    const lockUntil = new Date(now.getTime() + this.config.lockoutMinutes * 60_000);
    const rows: { locked_until: Date | null }[] = await this.em.getConnection().execute(
      `update app_user set
         failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
         locked_until = case when failed_logins + 1 >= ? then ?::timestamptz else locked_until end
       where id = ? returning locked_until`,
      [this.config.maxFailedLogins, this.config.maxFailedLogins, lockUntil, userId],
    );
    const locked = rows[0]?.locked_until;
    return locked && new Date(locked) > now ? new Date(locked) : null;
  }

  private newSession(user: User, userAgent?: string) {
    const token = randomBytes(32).toString('base64url');
    const session = this.em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.config.sessionHours * 3_600_000),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, session };
  }

  /** Resolves a bearer token to its session and user, or null when unknown, expired or revoked. */
  async authenticate(token: string): Promise<{ user: User; sessionId: string } | null> {
    if (!token || token.length > 200) return null;
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
    const user = session?.user.getEntity();
    if (!session || !user || !user.active) return null;
    return { user, sessionId: session.id };
  }

  async logout(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  async setSupervisedOpds(actor: Actor, input: SetSupervisedOpdsInput, clock: Clock): Promise<User> {
    const user = await this.em.findOne(User, input.userId, { populate: ['supervisedOpds'] });
    if (!user) throw new NotFoundError('User', input.userId);
    if (!user.roles.includes(Role.SUPERVISOR)) {
      throw BadInputError.field('userId', 'NOT_SUPERVISOR', 'Only a supervisor monitors OPDs');
    }
    const opds = await this.em.find(Opd, { id: { $in: input.opdIds } });
    if (opds.length !== new Set(input.opdIds).size) throw BadInputError.field('opdIds', 'NOT_FOUND', 'An OPD does not exist');
    const before = user.supervisedOpds.getItems().map((o) => o.id);
    user.supervisedOpds.set(opds);
    new AuditService(clock).record(this.em, actor, {
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
      { revokedAt: new Date() },
    );
    await this.em.flush();
  }
}

/** The actor and session of a request's bearer token or session cookie, or nulls. */
export async function authenticateRequest(
  em: EntityManager,
  config: SecurityConfig,
  token: string | null,
): Promise<{ actor: Actor | null; sessionId: string | null }> {
  const found = token ? await new IdentityService(em, config).authenticate(token) : null;
  return found ? { actor: toActor(found.user), sessionId: found.sessionId } : { actor: null, sessionId: null };
}

function lockedError(until: Date, now: Date): UnauthenticatedError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const error = new UnauthenticatedError(
    `This account is locked after too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  );
  error.extra.lockedUntil = until.toISOString();
  return error;
}
