import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from './collections';

/** One set of loaders per request: every request forks its own EntityManager. */
const loaders = new WeakMap<EntityManager, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A request-scoped DataLoader: field resolvers on list items call `.load(key)` and the batch
 * function answers all keys of the request with one query.
 */
export function requestLoader<K, V>(
  em: EntityManager,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | null)[]>,
): DataLoader<K, V | null> {
  let perRequest = loaders.get(em);
  if (!perRequest) loaders.set(em, (perRequest = new Map()));
  let loader = perRequest.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch);
    perRequest.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by key: `rows` found by a query, `keyOf` the key each row answers. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results by key: every row whose `keyOf` is that key, in query order (`valueOf` picks what is kept). */
export function groupByKeys<K, R, V = R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, valueOf?: (row: R) => V): V[][] {
  const groups = groupBy(rows, keyOf, valueOf);
  return keys.map((k) => groups.get(k) ?? []);
}
