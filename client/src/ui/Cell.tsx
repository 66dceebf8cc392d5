import { Skeleton, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface CellProps<T> {
  /** The result of `useQuery`. */
  result: { data?: T; loading: boolean; error?: unknown; refetch?: () => unknown };
  /** Shown while nothing is loaded yet. */
  loading?: ReactNode;
  /** When true for the loaded data, `empty` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
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

/**
 * The four states of every data-fetching component: Loading (skeleton), Failure (alert by
 * error code), Empty, and Success. Data already shown stays while a refetch runs.
 */
export function Cell<T>({ result, loading, isEmpty, empty, children }: CellProps<T>) {
  if (result.error && !result.data) {
    return <ErrorAlert error={result.error} onRetry={result.refetch ? () => void result.refetch!() : undefined} />;
  }
  if (!result.data) return <>{loading ?? <SkeletonRows />}</>;
  if (isEmpty?.(result.data)) return <>{empty}</>;
  return <>{children(result.data)}</>;
}
