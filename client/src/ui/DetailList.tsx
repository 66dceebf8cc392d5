import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A two-column list of labelled values that stacks on phones. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' }, columnGap: 2, rowGap: { xs: 0, sm: 1.5 }, m: 0 }}
    >
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary" sx={{ mt: { xs: 1.5, sm: 0 } }}>
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
