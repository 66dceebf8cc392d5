import { ACCOUNT_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';
import { ReasonField, reasonOk } from '../../../ui/ReasonField';

/** The reason an administrator gives for a change to an account. */
export function AccountReasonField(props: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <ReasonField
      label={t('accounts.reason')}
      help={t('accounts.reasonHelp', { min: ACCOUNT_LIMITS.reasonMin, max: ACCOUNT_LIMITS.reasonMax })}
      limits={ACCOUNT_LIMITS}
      {...props}
    />
  );
}

/** Whether an account change's reason may be sent. */
export const accountReasonOk = (value: string) => reasonOk(value, ACCOUNT_LIMITS);
