import { Button, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatNumber } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { AccountFiguresQuery } from '../graphql/identity';

/** An administrator's home: accounts by standing, each a link to the list filtered so. */
export function AccountFiguresCard() {
  const { t } = useTranslation();
  const result = useQuery(AccountFiguresQuery);
  return (
    <SectionCard title={t('homeCards.accounts.title')}>
      <Cell result={result} loading={<SkeletonRows rows={2} height={56} />}>
        {({ accountFigures: a }) => (
          <Stack spacing={2}>
            <Figures
              items={[
                { label: t('homeCards.accounts.active'), value: formatNumber(a.active), to: '/admin/akun?status=ACTIVE' },
                {
                  label: t('homeCards.accounts.noPassword'),
                  value: formatNumber(a.noPassword),
                  to: '/admin/akun?status=NO_PASSWORD',
                  tone: a.noPassword ? 'warning' : 'default',
                },
                {
                  label: t('homeCards.accounts.mustChange'),
                  value: formatNumber(a.mustChangePassword),
                  to: '/admin/akun?status=MUST_CHANGE_PASSWORD',
                },
                {
                  label: t('homeCards.accounts.locked'),
                  value: formatNumber(a.locked),
                  to: '/admin/akun?status=LOCKED',
                  tone: a.locked ? 'warning' : 'default',
                },
                { label: t('homeCards.accounts.disabled'), value: formatNumber(a.disabled), to: '/admin/akun?status=DISABLED' },
              ]}
            />
            <Button variant="outlined" component={Link} to="/admin/akun" sx={{ alignSelf: 'flex-start' }}>
              {t('homeCards.accounts.manage')}
            </Button>
          </Stack>
        )}
      </Cell>
    </SectionCard>
  );
}
