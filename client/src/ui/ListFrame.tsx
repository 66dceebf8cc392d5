import { Box, Card, Grid, type SxProps, type Theme, useMediaQuery, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { Cell, type Result } from './Cell';
import { PageHeader } from './PageHeader';

export interface ListStatesProps<T> {
  /** The `useQuery` result of the list (usually through `withPrevious`, so a page change keeps the rows). */
  result: Result<T>;
  isEmpty: (data: T) => boolean;
  /** Shown while nothing is loaded yet instead of skeleton rows (a placeholder of the rows' own shape). */
  loading?: ReactNode;
  /** Shown when nothing matches: an `EmptyState` saying what to change. */
  empty: ReactNode;
  /** Room around the rows and the pager: for cards or tiles, not for a table's rows running edge to edge. */
  inset?: SxProps<Theme>;
  /** The rows: a table on wide screens, cards when `narrow` (phones). */
  children: (data: T, narrow: boolean) => ReactNode;
}

/**
 * The rows of a list with the loading, failure and empty states of `Cell`, and a pager under them.
 * `ListRows` gives it the table pager; a page of cards with numbered pages gives its own.
 */
export function ListStates<T>({ result, isEmpty, loading, empty, inset, children, pager }: ListStatesProps<T> & { pager?: ReactNode }) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  const rows = (
    <>
      <Cell result={result} loading={loading} isEmpty={isEmpty} empty={empty}>
        {(data) => children(data, narrow)}
      </Cell>
      {pager}
    </>
  );
  return inset ? <Box sx={inset}>{rows}</Box> : rows;
}

/** The search and filter fields above a list, side by side, each a `Grid` item sized for its content. */
export function ListFilters({ children }: { children: ReactNode }) {
  return (
    <Grid container spacing={1.5} sx={{ mb: 2 }}>
      {children}
    </Grid>
  );
}

export interface ListFrameProps {
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

/** A list page's frame: header, filters, then one card (or the page itself, `plain`) holding the tabs, a toolbar and the rows. */
export function ListFrame({
  title,
  subtitle,
  actions,
  filters,
  tabs,
  toolbar,
  plain,
  unavailable,
  children,
}: ListFrameProps & { children: ReactNode }) {
  const list = (
    <>
      {tabs}
      {toolbar}
      {children}
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
