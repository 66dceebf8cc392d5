import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from './errors';

/** An error shown by its code: the wording depends on what the user can do about it. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const code = errorCode(error);
  const severity = code === 'NOT_FOUND' || code === 'FORBIDDEN' ? 'warning' : 'error';
  // Server messages are in English: they add detail for English readers only.
  const detail = i18n.language === 'en' && (code === 'BAD_USER_INPUT' || code === 'CONFLICT') ? errorMessage(error) : null;
  return (
    <Alert
      severity={severity}
      role="alert"
      action={
        onRetry && (code === 'NETWORK' || code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t(`errors.${code}.title`)}</AlertTitle>
      {detail ?? t(`errors.${code}.body`)}
    </Alert>
  );
}
