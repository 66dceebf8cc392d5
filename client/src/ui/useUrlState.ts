import { useSearchParams } from 'react-router';

type Value = string | number | boolean;

/** The page sizes a reader can pick under a list; `DEFAULT_PAGE_SIZE` leaves the URL. */
export const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;

/**
 * Filters and paging kept in the URL, so Back and shared links return to the same results.
 * Empty values (`''`, 0, false) leave the URL; changing a filter goes back to the first page.
 *
 * A change starts from the address as it is now, not as this render read it: the router shows a
 * new address in a transition, so a second change made before that render lands (a tab, then a
 * filter at once) would otherwise start from the older address and drop the first change.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const write = (next: Record<string, Value>, keepPage: boolean) => {
    const merged = new URLSearchParams(window.location.search);
    if (!keepPage) merged.delete('hal');
    for (const [key, value] of Object.entries(next)) {
      if (value === '' || value === 0 || value === false) merged.delete(key);
      else merged.set(key, String(value));
    }
    setParams(merged, { replace: true });
  };
  const page = Math.max(0, Number(params.get('hal') ?? '0') || 0);
  const setPage = (p: number) => write({ hal: p }, true);
  const requestedLimit = Number(params.get('per') ?? DEFAULT_PAGE_SIZE);
  const limit = PAGE_SIZES.includes(requestedLimit) ? requestedLimit : DEFAULT_PAGE_SIZE;
  return {
    get: (key: string): string => params.get(key) ?? '',
    /** Zero-based page number (`hal`). */
    page,
    setPage,
    /** The `page` argument of a paged query, its size (`per`) one of `PAGE_SIZES`. */
    pageInput: { offset: page * limit, limit },
    /** Props for the `ListPagination` under that list, the reader picking the page size. */
    pager: {
      page,
      limit,
      onPage: setPage,
      onLimit: (l: number) => write({ per: l === DEFAULT_PAGE_SIZE ? 0 : l }, false),
      sizes: PAGE_SIZES,
    },
    /** Sets filters and returns to the first page. */
    set: (next: Record<string, Value>) => write(next, false),
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}
