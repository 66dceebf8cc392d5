import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Figure {
  label: string;
  value: ReactNode;
  /** Where the figure's list opens, when it has one. */
  to?: string;
  tone?: 'default' | 'warning' | 'success';
}

/** A row of key figures (a number over its label), wrapping on phones; a figure with `to` is a link. */
export function Figures({ items }: { items: Figure[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: 1.5, m: 0 }}>
      {items.map((f) => {
        const color = f.tone === 'warning' ? 'warning.dark' : f.tone === 'success' ? 'success.dark' : 'text.primary';
        const value = (
          <Typography component="span" sx={{ fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.2, color }}>
            {f.value}
          </Typography>
        );
        return (
          <Box
            key={f.label}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5, py: 1, display: 'flex', flexDirection: 'column-reverse' }}
          >
            <Typography component="dt" variant="body2" color="text.secondary">
              {f.label}
            </Typography>
            <Box component="dd" sx={{ m: 0 }}>
              {f.to ? (
                <Box component={Link} to={f.to} sx={{ textDecoration: 'none', '&:hover': { textDecoration: 'underline' } }}>
                  {value}
                </Box>
              ) : (
                value
              )}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
