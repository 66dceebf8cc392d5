import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ErrorCode, errorCode } from './errors';
import { ExplainedErrorAlert } from './ExplainedErrorAlert';

interface Props {
  title: string;
  busy: boolean;
  /** The last failed save; field errors are shown by the fields themselves. */
  error: unknown;
  /** This form's own wording for the error codes it expects. */
  explain?: Partial<Record<ErrorCode, string>>;
  canSubmit: boolean;
  /** Labels of required fields still empty: said beside the disabled submit button, so it is never disabled without a reason. */
  missing?: string[];
  submitLabel?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}

/** A dialog with a form: full screen on phones, a spinner while saving, errors by code. */
export function FormDialog({
  title,
  busy,
  error,
  explain = {},
  canSubmit,
  missing = [],
  submitLabel,
  onSubmit,
  onClose,
  children,
  maxWidth = 'sm',
}: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const fieldsOnly = error != null && errorCode(error) === 'BAD_USER_INPUT' && !explain.BAD_USER_INPUT;
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={fullScreen} maxWidth={maxWidth} fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {fieldsOnly && <Alert severity="error">{t('common.fixFields')}</Alert>}
            {error != null && !fieldsOnly && <ExplainedErrorAlert error={error} explain={explain} />}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', rowGap: 1 }}>
          {missing.length > 0 && (
            <Typography id="form-dialog-missing" variant="body2" color="text.secondary" sx={{ flex: '1 1 180px', mr: 'auto' }}>
              {t('common.stillMissing', { fields: missing.join(', ') })}
            </Typography>
          )}
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || !canSubmit || missing.length > 0}
            aria-describedby={missing.length > 0 ? 'form-dialog-missing' : undefined}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {submitLabel ?? t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
