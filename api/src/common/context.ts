import type { SerializeOptions } from 'cookie';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Actor } from './actor';
import type { Clock } from './dates';

/** Per-request GraphQL context: a forked EntityManager and the authenticated actor. */
export interface Context {
  em: EntityManager;
  config: Config;
  clock: Clock;
  actor: Actor | null;
  /** Id of the session the request authenticated with, for logout. */
  sessionId: string | null;
  /** The HTTP request that carried the operation; absent when run without one (jobs, tests). */
  req?: RequestFacts;
  /** Cookies of the HTTP answer; absent when run without one. */
  res?: ResponseCookies;
}

/**
 * What an operation may know of its HTTP request. Express's request has this shape too (routes
 * pass theirs); the GraphQL endpoint builds it from Node's request (`graphql-http.ts`).
 */
export interface RequestFacts {
  /** The client's address: the socket's, or the forwarding proxy's word when that proxy is trusted. */
  readonly ip: string | undefined;
  /** `https` or `http`, as the client used it (a trusted proxy's `X-Forwarded-Proto`). */
  readonly protocol: string;
  /** Whether `protocol` is `https`. */
  readonly secure: boolean;
  /** A request header by name, any case. */
  get(name: string): string | undefined;
}

/** The options a cookie is set or cleared with (those of the `cookie` package). */
export type CookieOptions = SerializeOptions;

/** What an operation may do to its HTTP answer: set or clear a cookie (Express's response has this shape too). */
export interface ResponseCookies {
  cookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string, options: CookieOptions): void;
}

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) {
    // The auth checker guards every operation; reaching this is a programming error.
    throw new Error('requireActor called on an unauthenticated context');
  }
  return ctx.actor;
}
