import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from './errors';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  busy: boolean;
  /** The last failed save; field errors are shown by the fields themselves. */
  error: unknown;
  canSubmit: boolean;
  submitLabel?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}

/** A dialog with a form: full screen on phones, a spinner while saving, errors by code. */
export function FormDialog({ title, busy, error, canSubmit, submitLabel, onSubmit, onClose, children, maxWidth = 'sm' }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={fullScreen} maxWidth={maxWidth} fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error != null && errorCode(error) === 'BAD_USER_INPUT' && <Alert severity="error">{t('common.fixFields')}</Alert>}
            {error != null && errorCode(error) !== 'BAD_USER_INPUT' && <ErrorAlert error={error} />}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || !canSubmit}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {submitLabel ?? t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
