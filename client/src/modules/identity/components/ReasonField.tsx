import { TextField } from '@mui/material';
import { ACCOUNT_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';

/** The reason an administrator gives for a change, with a counter; over-long text is refused, not cut. */
export function ReasonField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  const tooLong = value.length > ACCOUNT_LIMITS.reasonMax;
  return (
    <TextField
      label={t('accounts.reason')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      multiline
      minRows={2}
      error={!!error || tooLong}
      helperText={
        <>
          {error ??
            (tooLong
              ? t('accounts.rules.maxLength', { max: ACCOUNT_LIMITS.reasonMax })
              : t('accounts.reasonHelp', { min: ACCOUNT_LIMITS.reasonMin, max: ACCOUNT_LIMITS.reasonMax }))}
          <span style={{ float: 'right' }}>{t('accounts.reasonCount', { count: value.length, max: ACCOUNT_LIMITS.reasonMax })}</span>
        </>
      }
    />
  );
}

/** Whether a reason may be sent: long enough once trimmed, and not over the limit. */
export function reasonOk(value: string): boolean {
  return value.trim().length >= ACCOUNT_LIMITS.reasonMin && value.length <= ACCOUNT_LIMITS.reasonMax;
}
