import { Box, LinearProgress, Typography } from '@mui/material';

/** A determinate bar with, unless `showPercent` is false, its percentage beside it. */
export function ProgressBar({
  percent,
  label,
  color = 'primary',
  showPercent = true,
}: {
  percent: number;
  label: string;
  color?: 'primary' | 'success' | 'warning' | 'error';
  showPercent?: boolean;
}) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, percent)}
        color={color}
        sx={{ flex: 1, height: 8, borderRadius: 4 }}
        aria-label={label}
      />
      {showPercent && (
        <Typography variant="body2" color="text.secondary" sx={{ minWidth: 40, textAlign: 'right' }}>
          {percent}%
        </Typography>
      )}
    </Box>
  );
}
