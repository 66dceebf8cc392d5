import { Card, CardContent, type CardProps, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One section of a page: an outlined card under its heading. */
export function SectionCard({ title, children, ...card }: { title: ReactNode; children: ReactNode } & Omit<CardProps, 'title' | 'variant'>) {
  return (
    <Card variant="outlined" {...card}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
