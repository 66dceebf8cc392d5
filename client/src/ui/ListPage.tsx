import { Box, Typography } from '@mui/material';
import type { ComponentProps, ReactNode } from 'react';
import { ListFrame, type ListFrameProps, ListStates, type ListStatesProps } from './ListFrame';
import { ListPagination } from './ListPagination';

export { ListFilters } from './ListFrame';

interface ListRowsProps<T> extends ListStatesProps<T> {
  /** Rows matching the filters, for the pager. */
  total?: number;
  /** The pager's page and size, usually `useUrlState().pager`; without it the list shows all its rows at once. */
  pager?: Omit<ComponentProps<typeof ListPagination>, 'total'>;
  /** Show the pager even when every row fits on the smallest page (where the page size is worth seeing). */
  pagerAlways?: boolean;
}

/**
 * The rows of a server-paged list with the loading, failure and empty states of `Cell`, and the
 * pager under them once there is more than the smallest page holds. A list whose rows come from
 * a query of their own (one per tab) renders this itself and gives it to `ListPage` as `rows`.
 */
export function ListRows<T>({ total = 0, pager, pagerAlways, ...states }: ListRowsProps<T>) {
  const paged = pager && (pagerAlways || total > (pager.sizes?.[0] ?? pager.limit));
  return <ListStates {...states} pager={paged && <ListPagination total={total} {...pager} />} />;
}

/**
 * A heading over a list's rows, usually its count (`announce` has screen readers say it again when
 * it changes), with controls beside it (sorting, export) that wrap under it on phones.
 */
export function ListHeading({ children, announce, actions }: { children: ReactNode; announce?: boolean; actions?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between', p: 2, pb: 1 }}>
      <Typography variant="h2" aria-live={announce ? 'polite' : undefined}>
        {children}
      </Typography>
      {actions}
    </Box>
  );
}

type ListPageProps<T> = ListFrameProps & (ListRowsProps<T> | { /** Rows that load themselves (a `ListRows` per tab). */ rows: ReactNode });

/**
 * A server-paged list page: header, filters, then one card holding the tabs, a toolbar, the rows
 * (with the loading, failure and empty states of `Cell`) and the pager under them.
 */
export function ListPage<T>(props: ListPageProps<T>) {
  return <ListFrame {...props}>{'rows' in props ? props.rows : <ListRows {...props} />}</ListFrame>;
}
