import ArrowBack from '@mui/icons-material/ArrowBack';
import { Button, Stack } from '@mui/material';
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';
import { BackButton } from './BackButton';
import { Cell, type Result, SkeletonRows, useShownData } from './Cell';
import { PageHeader } from './PageHeader';

interface DetailPageProps<T> {
  /**
   * The list this record belongs to, for "back" when the page was opened directly; or a link to
   * that list under its own name, always going there.
   */
  back: string | { to: string; label: string };
  /** The `useQuery` result of the record (or of `mergeResults`). */
  result: Result<T>;
  /** Skeleton rows while it loads. */
  rows?: number;
  /** Shown while it loads instead of skeleton rows (a placeholder of the record's own shape). */
  loading?: ReactNode;
  /** The record's title, the facts under it and the actions beside it. */
  header: (data: T) => ComponentProps<typeof PageHeader>;
  /**
   * The header while the record is not there (loading, failed, or `unavailable`): with it the
   * header stands from the start and only the sections wait for the record.
   */
  placeholder?: ComponentProps<typeof PageHeader>;
  /** Shown instead of the record's sections while it cannot be read yet (something to give first). */
  unavailable?: ReactNode;
  /** The record's sections under the header. */
  children: (data: T) => ReactNode;
}

/** A record's page: back to its list, then, once loaded, the record's header and its sections. */
export function DetailPage<T>({ back, result, rows = 6, loading, header, placeholder, unavailable, children }: DetailPageProps<T>) {
  const waiting = loading ?? <SkeletonRows rows={rows} />;
  // The header stands outside the cell: it shows the record when the cell does (`useShownData`).
  const shown = useShownData(result);
  return (
    <>
      {typeof back === 'string' ? (
        <BackButton fallback={back} />
      ) : (
        <Button startIcon={<ArrowBack />} component={Link} to={back.to} sx={{ mb: 1 }}>
          {back.label}
        </Button>
      )}
      {placeholder ? (
        <>
          <PageHeader {...(shown ? header(shown) : placeholder)} />
          {unavailable || (
            <Cell result={result} loading={waiting}>
              {children}
            </Cell>
          )}
        </>
      ) : (
        <Cell result={result} loading={waiting}>
          {(data) => (
            <>
              <PageHeader {...header(data)} />
              {children(data)}
            </>
          )}
        </Cell>
      )}
    </>
  );
}

/** The line under a record's title: its code or number (monospace) and status chips. */
export function HeaderFacts({ code, children }: { code?: string; children?: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      {code && <span style={{ fontFamily: 'monospace' }}>{code}</span>}
      {children}
    </Stack>
  );
}
