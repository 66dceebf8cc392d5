import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatJp, formatNumber } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { SectionCard } from '../../../ui/SectionCard';
import { RegencyJpFiguresQuery } from '../graphql/overview';

/** An administrator's home: the regency's PNS against the yearly JP target, and the OPDs furthest behind. */
export function RegencyCard() {
  const { t } = useTranslation();
  const result = useQuery(RegencyJpFiguresQuery);
  return (
    <SectionCard title={t('homeCards.regency.title')}>
      <Cell result={result} loading={<SkeletonRows rows={3} height={56} />}>
        {({ regencyJpFigures: r }) => (
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {t('homeCards.regency.subtitle', { target: formatJp(r.targetJp, { unit: false }), year: r.year })}
            </Typography>
            <Figures
              items={[
                { label: t('homeCards.regency.employees'), value: formatNumber(r.employees), to: '/pegawai' },
                { label: t('homeCards.regency.reached'), value: formatNumber(r.reached), tone: 'success' },
                { label: t('homeCards.regency.behind'), value: formatNumber(r.behind), tone: r.behind ? 'warning' : 'default' },
                { label: t('homeCards.regency.average'), value: formatJp(r.averageJp, { unit: false }) },
                { label: t('homeCards.regency.plansWaiting'), value: formatNumber(r.plansWaiting), to: '/rencana?tab=all' },
              ]}
            />
            {r.opdsFurthestBehind.length > 0 && (
              <div>
                <Typography variant="h3" component="h3">
                  {t('homeCards.regency.opdsTitle')}
                </Typography>
                <List dense disablePadding>
                  {r.opdsFurthestBehind.map((o) => (
                    <ListItem key={o.opd.id} disableGutters divider sx={{ display: 'block' }}>
                      <ListItemText primary={o.opd.name} secondary={t('homeCards.regency.opdShare', { reached: o.reached, employees: o.employees })} />
                      <ProgressBar percent={o.employees ? Math.floor((100 * o.reached) / o.employees) : 0} label={t('homeCards.regency.share', { name: o.opd.name })} />
                    </ListItem>
                  ))}
                </List>
              </div>
            )}
          </Stack>
        )}
      </Cell>
    </SectionCard>
  );
}
