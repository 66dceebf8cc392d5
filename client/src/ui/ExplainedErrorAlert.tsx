import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { type ErrorCode, errorCode } from './errors';
import { ErrorAlert } from './ErrorAlert';

/**
 * An error shown by its code, with a screen's own explanation for the codes it expects
 * (e.g. CONFLICT: "this plan was already decided") instead of the server's wording.
 */
export function ExplainedErrorAlert({
  error,
  explain,
  onRetry,
}: {
  error: unknown;
  explain: Partial<Record<ErrorCode, string>>;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const code = errorCode(error);
  const body = explain[code];
  if (!body) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Alert severity={code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'CONFLICT' ? 'warning' : 'error'} role="alert">
      <AlertTitle>{t(`errors.${code}.title`)}</AlertTitle>
      {body}
    </Alert>
  );
}
