import { Entity, ManyToOne, type Opt, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * Failed logins on one account from one client address, and the lock they led to. A lock holds
 * for that address only: a stranger's wrong passwords shut the stranger out, never the account's
 * owner logging in from elsewhere.
 */
@Entity()
export class LoginLock {
  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** The client's address as `addressKey` counts it; empty for logins made inside the server. */
  @PrimaryKey({ type: 'text' })
  address!: string;

  /** Failed logins (and logins still being checked) since the last success or lock. */
  @Property({ type: 'integer' })
  failures: number & Opt = 0;

  /** When the last attempt was counted; failures with none for `lockoutMinutes` are forgotten. */
  @Property({ type: 'timestamptz', nullable: true })
  countedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  [PrimaryKeyProp]?: ['user', 'address'];
}
