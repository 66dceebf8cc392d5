import { Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatJp, formatNumber, localToday } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { SectionCard } from '../../../ui/SectionCard';
import { OpdComplianceQuery } from '../graphql/compliance';

const OPDS_LISTED = 5;

/** An administrator's home: this year's JP compliance of the regency, and the OPDs with the most people at risk. */
export function ComplianceCard() {
  const { t } = useTranslation();
  const year = Number(localToday().slice(0, 4));
  const result = useQuery(OpdComplianceQuery, { variables: { input: { year } } });
  return (
    <SectionCard title={t('compliance.card.title')}>
      <Cell result={result} loading={<SkeletonRows rows={3} height={56} />}>
        {({ opdCompliance: r }) => {
          const worst = [...r.opds]
            .filter((o) => o.pns.atRisk > 0)
            .sort((a, b) => b.pns.atRisk - a.pns.atRisk || a.pns.percentage - b.pns.percentage || a.opd.name.localeCompare(b.opd.name))
            .slice(0, OPDS_LISTED);
          return (
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {t('compliance.card.subtitle', { target: formatJp(r.targetJp, { unit: false }), year: r.year })}
              </Typography>
              <Figures
                items={[
                  { label: t('compliance.pnsCounted'), value: formatNumber(r.total.pns.employees), to: '/kepatuhan' },
                  {
                    label: t('compliance.pnsReached', { percent: `${formatNumber(r.total.pns.percentage, 1)}%` }),
                    value: formatNumber(r.total.pns.reached),
                    tone: 'success',
                  },
                  {
                    label: t('compliance.pnsAtRisk'),
                    value: formatNumber(r.total.pns.atRisk),
                    tone: r.total.pns.atRisk ? 'warning' : 'default',
                  },
                  { label: t('compliance.averageJp'), value: formatJp(r.total.pns.averageJp, { unit: false }) },
                  { label: t('compliance.pppkCounted'), value: formatNumber(r.total.pppk.employees) },
                ]}
              />
              {worst.length > 0 && (
                <div>
                  <Typography variant="h3" component="h3">
                    {t('compliance.card.worstTitle')}
                  </Typography>
                  <List dense disablePadding>
                    {worst.map((o) => (
                      <ListItem key={o.opd.id} disableGutters divider sx={{ display: 'block' }}>
                        <ListItemText
                          primary={
                            <Link to={`/kepatuhan/${o.opd.id}`} style={{ overflowWrap: 'anywhere' }}>
                              {o.opd.name}
                            </Link>
                          }
                          secondary={t('compliance.card.opdLine', {
                            atRisk: o.pns.atRisk,
                            reached: o.pns.reached,
                            employees: o.pns.employees,
                          })}
                        />
                        <ProgressBar percent={Math.floor(o.pns.percentage)} label={t('compliance.card.share', { name: o.opd.name })} />
                      </ListItem>
                    ))}
                  </List>
                </div>
              )}
              <div>
                <Button variant="contained" component={Link} to="/kepatuhan">
                  {t('compliance.card.open')}
                </Button>
              </div>
            </Stack>
          );
        }}
      </Cell>
    </SectionCard>
  );
}
