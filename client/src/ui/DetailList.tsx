import { Box, type Breakpoint, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A two-column list of labelled values that stacks on phones. `stacked` stacks it again from that
 * breakpoint up, for a narrow side column on wide screens.
 */
export function DetailList({ items, stacked }: { items: { label: string; value: ReactNode }[]; stacked?: Breakpoint }) {
  const wide = <T,>(twoColumns: T, oneColumn: T) => ({ xs: oneColumn, sm: twoColumns, ...(stacked && { [stacked]: oneColumn }) });
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: wide('200px 1fr', '1fr'), columnGap: 2, rowGap: wide(1.5, 0), m: 0 }}>
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary" sx={{ mt: wide(0, 1.5) }}>
            {item.label}
          </Typography>
          <Typography component="dd" variant="body1" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {item.value ?? '–'}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
