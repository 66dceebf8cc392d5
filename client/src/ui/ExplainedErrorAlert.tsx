import { Alert, AlertTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ErrorCode, errorCode } from './errors';
import { ErrorAlert } from './ErrorAlert';

/**
 * An error shown by its code, with a screen's own explanation for the codes it expects
 * (e.g. CONFLICT: "this plan was already decided") instead of the server's wording, and
 * optionally an `action` (a button) for the explained case.
 */
export function ExplainedErrorAlert({
  error,
  explain,
  title,
  action,
  onRetry,
}: {
  error: unknown;
  explain: Partial<Record<ErrorCode, string>>;
  /** A title of this screen's own for the explained case, instead of the code's. */
  title?: string;
  action?: ReactNode;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const code = errorCode(error);
  const body = explain[code];
  if (!body) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Alert
      severity={code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'CONFLICT' ? 'warning' : 'error'}
      role="alert"
      action={action}
    >
      <AlertTitle>{title ?? t(`errors.${code}.title`)}</AlertTitle>
      {body}
    </Alert>
  );
}
