import { Grid } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { DetailList } from '../../../ui/DetailList';
import { formatNip } from '../../../ui/format';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { PageHeader } from '../../../ui/PageHeader';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { RoleChips } from '../components/RoleChips';
import { SectionCard } from '../../../ui/SectionCard';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user) return null;
  const e = user.employee;
  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={user.displayName} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <SectionCard title={t('profile.account')} sx={{ height: '100%' }}>
            <DetailList
              items={[
                { label: t('profile.username'), value: user.username },
                { label: t('profile.roles'), value: <RoleChips roles={user.roles} /> },
                ...(e
                  ? [
                      { label: 'NIP', value: formatNip(e.nip) },
                      { label: t('employees.opd'), value: e.opd.name },
                      { label: t('employees.position'), value: e.position?.name },
                      { label: t('employees.rank'), value: e.rank },
                    ]
                  : []),
                { label: t('common.language'), value: <LanguageSwitch /> },
              ]}
            />
          </SectionCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <SectionCard title={t('profile.changePassword')} sx={{ height: '100%' }}>
            <ChangePasswordForm />
          </SectionCard>
        </Grid>
      </Grid>
    </>
  );
}
