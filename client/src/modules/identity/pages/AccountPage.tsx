import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackButton } from '../../../ui/BackButton';
import { PageHeader } from '../../../ui/PageHeader';
import { AccountPanel } from '../components/AccountPanel';

/** An account not linked to an employee (an employee's account is managed on their page). */
export function AccountPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  return (
    <>
      <BackButton fallback="/admin/akun" />
      <PageHeader title={t('accounts.open')} />
      <AccountPanel userId={id!} />
    </>
  );
}
