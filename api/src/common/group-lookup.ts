import type { EntityManager } from '@mikro-orm/postgresql';

/** Whether a smart community group exists, in any state. */
export type GroupExists = (em: EntityManager, groupId: string) => Promise<boolean>;

let answer: GroupExists | null = null;

/**
 * Community answers at start-up whether a group exists; the modules beside it, which keep only
 * what its events told them (a completed group), ask it to tell an unknown id from a group that
 * has not reached them yet.
 */
export function registerGroupExists(exists: GroupExists): void {
  answer = exists;
}

/** False when no module answers (an app without community). */
export function groupExists(em: EntityManager, groupId: string): Promise<boolean> {
  return answer ? answer(em, groupId) : Promise.resolve(false);
}
