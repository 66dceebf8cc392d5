import { Card, useMediaQuery, useTheme } from '@mui/material';
import type { ComponentProps, ReactNode } from 'react';
import { Cell, type Result } from './Cell';
import { ListPagination } from './ListPagination';
import { PageHeader } from './PageHeader';

interface ListPageProps<T> {
  title: string;
  subtitle?: ReactNode;
  /** Buttons beside the title (add, import…). */
  actions?: ReactNode;
  /** Search and filter fields above the list. */
  filters?: ReactNode;
  /** The `useQuery` result of the list (usually through `withPrevious`, so a page change keeps the rows). */
  result: Result<T>;
  /** Rows matching the filters, for the pager. */
  total: number;
  /** The pager's page and size, usually `useUrlState().pager`. */
  pager: Omit<ComponentProps<typeof ListPagination>, 'total'>;
  isEmpty: (data: T) => boolean;
  /** Shown when nothing matches: an `EmptyState` saying what to change. */
  empty: ReactNode;
  /** The rows: a table on wide screens, cards when `narrow` (phones). */
  children: (data: T, narrow: boolean) => ReactNode;
}

/**
 * A server-paged list page: header, filters, then one card holding the rows (with the loading,
 * failure and empty states of `Cell`) and the pager under them.
 */
export function ListPage<T>({ title, subtitle, actions, filters, result, total, pager, isEmpty, empty, children }: ListPageProps<T>) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {filters}
      <Card variant="outlined">
        <Cell result={result} isEmpty={isEmpty} empty={empty}>
          {(data) => children(data, narrow)}
        </Cell>
        <ListPagination total={total} {...pager} />
      </Card>
    </>
  );
}
