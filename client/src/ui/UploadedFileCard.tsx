import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, IconButton, Link as MuiLink, Paper, Typography } from '@mui/material';
import { formatBytes } from './format';

/**
 * A file a form holds after its upload: its name as a link (opened in a new tab; the server checks
 * access), its size, and, when the form lets it go, a button to take it off.
 */
export function UploadedFileCard({
  file,
  linkLabel,
  onRemove,
  removeLabel,
  testId,
}: {
  file: { name: string; url: string; size: number };
  /** Accessible name of the link, when the file name alone does not say what it is. */
  linkLabel?: string;
  onRemove?: () => void;
  removeLabel?: string;
  testId?: string;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'center' }} data-testid={testId}>
      <AttachFileOutlined color="action" aria-hidden />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          <MuiLink href={file.url} target="_blank" rel="noopener noreferrer" aria-label={linkLabel}>
            {file.name}
          </MuiLink>
        </Typography>
        {file.size > 0 && (
          <Typography variant="caption" color="text.secondary">
            {formatBytes(file.size)}
          </Typography>
        )}
      </Box>
      {onRemove && (
        <IconButton aria-label={removeLabel} onClick={onRemove}>
          <DeleteOutline />
        </IconButton>
      )}
    </Paper>
  );
}
