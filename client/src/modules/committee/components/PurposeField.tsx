import { COMMITTEE_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';
import { LimitedTextField } from '../../../ui/LimitedTextField';

/** Why the records are read, asked before a search, a pool or a history opens: it goes into the audit log. */
export function PurposeField({ value, onChange, error }: { value: string; onChange: (purpose: string) => void; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <LimitedTextField
      maxChars={COMMITTEE_LIMITS.purposeMax}
      label={t('committee.field.purpose')}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? t('committee.purposeHelp')}
    />
  );
}
