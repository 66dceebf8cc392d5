import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from './errors';
import { ExplainedErrorAlert } from './ExplainedErrorAlert';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  /** The last failed attempt, shown by its code. */
  error?: unknown;
  /** This screen's own wording for the error codes it expects. */
  explain?: Partial<Record<ErrorCode, string>>;
  destructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that cannot be undone; a spinner while it runs. */
export function ConfirmDialog({ title, body, confirmLabel, busy, error, explain = {}, destructive, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {error != null && <ExplainedErrorAlert error={error} explain={explain} />}
          <DialogContentText>{body}</DialogContentText>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color={destructive ? 'error' : 'primary'}
          onClick={onConfirm}
          disabled={busy}
          startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
