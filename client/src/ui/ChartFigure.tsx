import { Box, type BoxProps } from '@mui/material';
import { useId } from 'react';

/**
 * A chart as a figure: named, and described in words for those who cannot see it. The chart
 * library's own container has role="none", so the name and description belong here.
 */
export function ChartFigure({ label, description, children, ...box }: BoxProps & { label: string; description: string }) {
  const descId = useId();
  return (
    <Box role="figure" aria-label={label} aria-describedby={descId} {...box}>
      <span id={descId} hidden>
        {description}
      </span>
      {children}
    </Box>
  );
}
