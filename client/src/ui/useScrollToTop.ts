import { useLayoutEffect } from 'react';

/**
 * Scrolls the window to the top when the page (or `key`) changes. The declarative router keeps the
 * scroll position across navigations, which would open a new page half-way down.
 */
export function useScrollToTop(key?: unknown): void {
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [key]);
}
