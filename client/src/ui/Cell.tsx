import { Box, LinearProgress, Skeleton, Stack } from '@mui/material';
import { type ReactNode, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** What a cell needs of a `useQuery` result. */
export interface Result<T> {
  data?: T;
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
}

interface CellProps<T> {
  /** The result of `useQuery` (or of `mergeResults`). */
  result: Result<T>;
  /** Shown while nothing is loaded yet. */
  loading?: ReactNode;
  /** When true for the loaded data, `empty` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  /** What an empty answer shows; a function of the data when its text depends on it. */
  empty?: ReactNode | ((data: T) => ReactNode);
  children: (data: T) => ReactNode;
}

export function SkeletonRows({ rows = 4, height = 40 }: { rows?: number; height?: number }) {
  return (
    <Stack spacing={1} aria-busy="true" data-testid="loading">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rounded" height={height} />
      ))}
    </Stack>
  );
}

/** A thin bar over the top edge of data being refreshed; it takes no room, so nothing moves. */
function RefetchBar() {
  const { t } = useTranslation();
  return (
    <Box sx={{ position: 'relative', zIndex: 1 }}>
      <LinearProgress aria-label={t('common.loading')} sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />
    </Box>
  );
}

/**
 * The four states of every data-fetching component: Loading (skeleton), Failure (alert by
 * error code), Empty, and Success. Data already shown stays while a refetch runs, under a bar.
 *
 * New data is drawn as a deferred render: Apollo tells React of an answer through an external
 * store, whose updates React renders at once in one task, so a page of cards arriving would
 * hold the browser for as long as they take to draw. The render that arrives does what must
 * be at once (the component asking, the cell as it was); the data's own is a background
 * render that React splits into slices and the browser's input and paint come between.
 */
export function Cell<T>({ result, loading, isEmpty, empty, children }: CellProps<T>) {
  const data = useShownData(result);
  if (result.error && !data) {
    return <ErrorAlert error={result.error} onRetry={result.refetch ? () => void result.refetch!() : undefined} />;
  }
  if (!data) return <>{loading ?? <SkeletonRows />}</>;
  return (
    <>
      {result.loading && <RefetchBar />}
      {isEmpty?.(data) ? (typeof empty === 'function' ? empty(data) : empty) : children(data)}
    </>
  );
}

/**
 * The data of a result as a `Cell` shows it: new data one render later, with the cell's background
 * render. A page that shows part of the same answer outside its cell (a header with a name) reads
 * it through this, so the two change in the same step and the header does not grow over a
 * skeleton still on screen.
 */
export function useShownData<T>(result: Result<T>): T | undefined {
  return useDeferredValue(result.data);
}

/**
 * Several query results as one, for a cell that needs them all: the data of each under its key
 * once every one has arrived, loading while any loads, the first error, and a refetch of all.
 */
export function mergeResults<R extends Record<string, Result<unknown>>>(results: R): Result<{ [K in keyof R]: NonNullable<R[K]['data']> }> {
  const all = Object.values(results);
  const ready = all.every((r) => r.data !== undefined);
  return {
    data: ready
      ? (Object.fromEntries(Object.entries(results).map(([key, r]) => [key, r.data])) as { [K in keyof R]: NonNullable<R[K]['data']> })
      : undefined,
    loading: all.some((r) => r.loading),
    error: all.find((r) => r.error)?.error,
    refetch: () => Promise.all(all.map((r) => r.refetch?.())),
  };
}
