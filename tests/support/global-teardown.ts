/** Drops the worker databases (or stops embedded PostgreSQL) made by the global setup. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__KP_TEST_CLEANUP__?.();
}
