import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '../../common/actor';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';

/** Per request (each request forks its own EntityManager), so lists ask the database once. */
const cache = new WeakMap<EntityManager, Map<string, Promise<Set<string>>>>();

/** The OPDs whose employees a supervisor monitors (empty for anyone else). */
export function supervisedOpdIds(em: EntityManager, actor: Actor): Promise<Set<string>> {
  if (!hasRole(actor, Role.SUPERVISOR)) return Promise.resolve(new Set());
  let perUser = cache.get(em);
  if (!perUser) cache.set(em, (perUser = new Map()));
  let ids = perUser.get(actor.userId);
  if (!ids) {
    ids = em
      .findOne(User, actor.userId, { populate: ['supervisedOpds'] })
      .then((user) => new Set(user?.supervisedOpds.getItems().map((o) => o.id) ?? []));
    perUser.set(actor.userId, ids);
  }
  return ids;
}
