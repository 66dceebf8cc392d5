import InboxOutlined from '@mui/icons-material/InboxOutlined';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  body?: string;
  action?: ReactNode;
  icon?: ReactNode;
  /** `h1` when the empty state is the whole page (nothing found, no access). */
  heading?: 'h1';
}

export function EmptyState({ title, body, action, icon, heading }: EmptyStateProps) {
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }} data-testid="empty-state">
      <Box sx={{ fontSize: 48, mb: 1, color: 'action.disabled' }}>{icon ?? <InboxOutlined fontSize="inherit" />}</Box>
      <Typography variant="h3" component={heading ?? 'p'} color="text.primary" gutterBottom>
        {title}
      </Typography>
      {body && <Typography variant="body2">{body}</Typography>}
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  );
}
