import { Box, Card, CardContent, type CardProps, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One section of a page: an outlined card under its heading, with an optional action beside it. */
export function SectionCard({
  title,
  action,
  children,
  ...card
}: { title: ReactNode; action?: ReactNode; children: ReactNode } & Omit<CardProps, 'title' | 'variant'>) {
  return (
    <Card variant="outlined" {...card}>
      <CardContent>
        {action ? (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1, flexWrap: 'wrap' }}>
            <Typography variant="h2">{title}</Typography>
            {action}
          </Box>
        ) : (
          <Typography variant="h2" gutterBottom>
            {title}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}
