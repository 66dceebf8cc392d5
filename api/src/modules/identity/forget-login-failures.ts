import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/dates';
import type { Config } from '../../config';

export interface ForgottenLoginFailures {
  /** `login_lock` rows deleted: an account's failures from one address, forgotten and no longer locking. */
  accountRows: number;
  /** `login_throttle` rows deleted: an address's failures whose window has ended. */
  addressRows: number;
}

/**
 * Deletes the failed-login counts that no longer count: an account's row for an address once it
 * is not locked and its last failure is older than `lockoutMinutes` (a login would start its count
 * afresh), and an address's row once its window has ended. A successful login already deletes the
 * account's row for its address; this catches the rows nobody logs in after. At most `limit` rows
 * of each table go per call, so one call stays short however many have gathered; rows a login is
 * counting on at that moment are skipped and left for the next call.
 */
export async function forgetLoginFailures(
  em: EntityManager,
  config: Pick<Config, 'lockoutMinutes'>,
  clock: Clock,
  limit = 1000,
): Promise<ForgottenLoginFailures> {
  const now = clock.now();
  const forgetBefore = new Date(now.getTime() - config.lockoutMinutes * 60_000);
  const connection = em.getConnection();
  // The condition is asked again of the row as it is when deleted, in case a login counted on it meanwhile.
  const expiredLock = `(locked_until is null or locked_until <= ?) and (counted_at is null or counted_at <= ?)`;
  const accountRows: unknown[] = await connection.execute(
    `delete from login_lock where ${expiredLock} and (user_id, address) in (
       select user_id, address from login_lock where ${expiredLock} limit ? for update skip locked)
     returning 1`,
    [now, forgetBefore, now, forgetBefore, limit],
  );
  const addressRows: unknown[] = await connection.execute(
    `delete from login_throttle where window_ends_at <= ? and address in (
       select address from login_throttle where window_ends_at <= ? limit ? for update skip locked)
     returning 1`,
    [now, now, limit],
  );
  return { accountRows: accountRows.length, addressRows: addressRows.length };
}
