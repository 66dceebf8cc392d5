/**
 * A query result that keeps showing the previous data while new variables load (a search
 * being typed, another page), unless the new request failed.
 */
export function withPrevious<R extends { data?: unknown; previousData?: unknown; error?: unknown }>(result: R): R {
  if (result.data !== undefined || result.error) return result;
  return { ...result, data: result.previousData };
}
