import { Box, Card, Grid, type SxProps, type Theme, Typography, useMediaQuery, useTheme } from '@mui/material';
import type { ComponentProps, ReactNode } from 'react';
import { Cell, type Result } from './Cell';
import { ListPagination } from './ListPagination';
import { PageHeader } from './PageHeader';

interface ListRowsProps<T> {
  /** The `useQuery` result of the list (usually through `withPrevious`, so a page change keeps the rows). */
  result: Result<T>;
  /** Rows matching the filters, for the pager. */
  total?: number;
  /** The pager's page and size, usually `useUrlState().pager`; without it the list shows all its rows at once. */
  pager?: Omit<ComponentProps<typeof ListPagination>, 'total'>;
  isEmpty: (data: T) => boolean;
  /** Shown while nothing is loaded yet instead of skeleton rows (a placeholder of the rows' own shape). */
  loading?: ReactNode;
  /** Shown when nothing matches: an `EmptyState` saying what to change. */
  empty: ReactNode;
  /** Show the pager even when every row fits on the smallest page (where the page size is worth seeing). */
  pagerAlways?: boolean;
  /** Room around the rows and the pager: for cards or tiles, not for a table's rows running edge to edge. */
  inset?: SxProps<Theme>;
  /** The rows: a table on wide screens, cards when `narrow` (phones). */
  children: (data: T, narrow: boolean) => ReactNode;
}

/**
 * The rows of a server-paged list with the loading, failure and empty states of `Cell`, and the
 * pager under them once there is more than the smallest page holds. A list whose rows come from
 * a query of their own (one per tab) renders this itself and gives it to `ListPage` as `rows`.
 */
export function ListRows<T>({ result, total = 0, pager, isEmpty, loading, empty, pagerAlways, inset, children }: ListRowsProps<T>) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  const paged = pager && (pagerAlways || total > (pager.sizes?.[0] ?? pager.limit));
  const rows = (
    <>
      <Cell result={result} loading={loading} isEmpty={isEmpty} empty={empty}>
        {(data) => children(data, narrow)}
      </Cell>
      {paged && <ListPagination total={total} {...pager} />}
    </>
  );
  return inset ? <Box sx={inset}>{rows}</Box> : rows;
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

/** The search and filter fields above a list, side by side, each a `Grid` item sized for its content. */
export function ListFilters({ children }: { children: ReactNode }) {
  return (
    <Grid container spacing={1.5} sx={{ mb: 2 }}>
      {children}
    </Grid>
  );
}

interface ListFrameProps {
  title: string;
  subtitle?: ReactNode;
  /** Buttons beside the title (add, import…). */
  actions?: ReactNode;
  /** Search and filter fields above the list (`ListFilters`). */
  filters?: ReactNode;
  /** Views of the list over its top edge (`ListTabs`). */
  tabs?: ReactNode;
  /** Inside the list above its rows: the filters of one tab, or the count with sorting and export. */
  toolbar?: ReactNode;
  /** The rows stand on the page itself rather than in one card (each row a card of its own). */
  plain?: boolean;
  /** Shown instead of the list when there is nothing the viewer could list yet (no employee record, no search run). */
  unavailable?: ReactNode;
}

type ListPageProps<T> = ListFrameProps & (ListRowsProps<T> | { /** Rows that load themselves (a `ListRows` per tab). */ rows: ReactNode });

/**
 * A server-paged list page: header, filters, then one card holding the tabs, a toolbar, the rows
 * (with the loading, failure and empty states of `Cell`) and the pager under them.
 */
export function ListPage<T>(props: ListPageProps<T>) {
  const { title, subtitle, actions, filters, tabs, toolbar, plain, unavailable } = props;
  const rows = 'rows' in props ? props.rows : <ListRows {...props} />;
  const list = (
    <>
      {tabs}
      {toolbar}
      {rows}
    </>
  );
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {filters}
      {unavailable || (plain ? list : <Card variant="outlined">{list}</Card>)}
    </>
  );
}
