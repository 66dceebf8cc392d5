import { useSearchParams } from 'react-router';

type Value = string | number | boolean;

/**
 * Filters and paging kept in the URL, so Back and shared links return to the same results.
 * Empty values (`''`, 0, false) leave the URL; changing a filter goes back to the first page.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const write = (next: Record<string, Value>, keepPage: boolean) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        if (!keepPage) merged.delete('hal');
        for (const [key, value] of Object.entries(next)) {
          if (value === '' || value === 0 || value === false) merged.delete(key);
          else merged.set(key, String(value));
        }
        return merged;
      },
      { replace: true },
    );
  return {
    get: (key: string): string => params.get(key) ?? '',
    /** Zero-based page number (`hal`). */
    page: Math.max(0, Number(params.get('hal') ?? '0') || 0),
    /** Page size (`per`), one of `sizes`, else `fallback`. */
    limit(sizes: number[], fallback: number): number {
      const limit = Number(params.get('per') ?? fallback);
      return sizes.includes(limit) ? limit : fallback;
    },
    /** Sets filters and returns to the first page. */
    set: (next: Record<string, Value>) => write(next, false),
    setPage: (page: number) => write({ hal: page }, true),
    setLimit: (limit: number, fallback: number) => write({ per: limit === fallback ? 0 : limit }, false),
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}
