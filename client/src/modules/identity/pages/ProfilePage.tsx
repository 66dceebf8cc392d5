import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { DetailList } from '../../../ui/DetailList';
import { formatNip } from '../../../ui/format';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { PageHeader } from '../../../ui/PageHeader';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { RoleChips } from '../components/RoleChips';

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
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t('profile.account')}
              </Typography>
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
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t('profile.changePassword')}
              </Typography>
              <ChangePasswordForm />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}
