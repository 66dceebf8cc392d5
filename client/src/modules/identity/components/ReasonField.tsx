import { ACCOUNT_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';
import { LimitedTextField } from '../../../ui/LimitedTextField';

/** The reason an administrator gives for a change, with a counter; over-long text is refused, not cut. */
export function ReasonField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <LimitedTextField
      label={t('accounts.reason')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      multiline
      minRows={2}
      maxChars={ACCOUNT_LIMITS.reasonMax}
      error={!!error}
      helperText={error ?? t('accounts.reasonHelp', { min: ACCOUNT_LIMITS.reasonMin, max: ACCOUNT_LIMITS.reasonMax })}
    />
  );
}

/** Whether a reason may be sent: long enough once trimmed, and not over the limit. */
export function reasonOk(value: string): boolean {
  return value.trim().length >= ACCOUNT_LIMITS.reasonMin && value.length <= ACCOUNT_LIMITS.reasonMax;
}
