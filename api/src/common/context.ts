import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
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
  req?: Request;
  res?: Response;
}

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) {
    // The auth checker guards every operation; reaching this is a programming error.
    throw new Error('requireActor called on an unauthenticated context');
  }
  return ctx.actor;
}
