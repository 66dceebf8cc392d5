import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed logins counted per client address over a window, so that one client cannot try
 * passwords on many accounts (the per-account lock alone allows five tries on each).
 */
@Entity()
export class LoginThrottle {
  /** The client address as the server sees it (behind a loopback proxy, the forwarded one). */
  @PrimaryKey({ type: 'text' })
  address!: string;

  /** Failed logins (and logins still being checked) since the window started. */
  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  windowEndsAt!: Date;
}
