import { TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A text field with a limit the server enforces: it counts the characters as people type and
 * marks text over the limit with a clear message, instead of cutting a paste silently. The
 * server still refuses over-long text; this only says so before sending.
 */
export function LimitedTextField({ maxChars, helperText, error, value, ...props }: TextFieldProps & { maxChars: number; value: string }) {
  const { t } = useTranslation();
  const count = value.length;
  const tooLong = count > maxChars;
  const message: ReactNode = tooLong && !error ? t('common.tooLong', { max: maxChars, count }) : helperText;
  return (
    <TextField
      {...props}
      value={value}
      error={!!error || tooLong}
      helperText={
        <span style={{ display: 'flex', gap: 8, justifyContent: 'space-between' }}>
          <span>{message}</span>
          <span style={{ whiteSpace: 'nowrap' }} aria-live={tooLong ? 'polite' : undefined}>
            {t('common.charCount', { count, max: maxChars })}
          </span>
        </span>
      }
    />
  );
}
