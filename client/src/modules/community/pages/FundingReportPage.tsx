import {
  Box,
  Card,
  CardContent,
  MenuItem,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Cell } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatJp, formatRupiah, localToday } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { GroupStatusChip } from '../components/chips';
import { CommunityFundingReportQuery } from '../graphql/sessions';

const money = (value: number | null | undefined) => (value == null ? '–' : formatRupiah(value));

/** BKD's report: cost per participant and per JP actually credited, per funding source, for the groups of a year. */
export function FundingReportPage() {
  const { t } = useTranslation();
  const thisYear = Number(localToday().slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('tahun')) || thisYear;
  const setYear = (value: string) => setParams({ tahun: value }, { replace: true });
  const result = useQuery(CommunityFundingReportQuery, { variables: { year } });
  return (
    <>
      <PageHeader
        title={t('community.fundingReport.title')}
        subtitle={t('community.fundingReport.subtitle')}
        actions={
          <TextField
            select
            size="small"
            label={t('community.fundingReport.year')}
            value={String(year)}
            onChange={(e) => setYear(e.target.value)}
            sx={{ minWidth: 120 }}
          >
            {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <MenuItem key={y} value={String(y)}>
                {y}
              </MenuItem>
            ))}
          </TextField>
        }
      />
      <Cell result={result} loading={<Skeleton variant="rounded" height={320} />}>
        {({ communityFundingReport: r }) => (
          <Stack spacing={2}>
            <Figures
              items={[
                { label: t('community.fundingReport.participants'), value: r.total.participants },
                { label: t('community.fundingReport.creditedJp'), value: formatJp(r.total.creditedJp) },
              ]}
            />
            <Typography>
              {t('community.fundingReport.totals', { cost: money(r.total.totalCost), perJp: money(r.total.costPerJp) })}
            </Typography>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
              {r.sources.map((s) => (
                <Card key={s.funding} variant="outlined" data-testid="funding-source">
                  <CardContent>
                    <Typography variant="h2" gutterBottom>
                      {t(`community.funding.${s.funding}`)}
                    </Typography>
                    <Box
                      component="dl"
                      sx={{
                        display: 'grid',
                        gridTemplateColumns: 'auto 1fr',
                        columnGap: 2,
                        rowGap: 0.5,
                        m: 0,
                        '& dd': { m: 0, textAlign: 'right', fontWeight: 600 },
                      }}
                    >
                      <dt>{t('community.fundingReport.groups')}</dt>
                      <dd>{s.groups}</dd>
                      <dt>{t('community.fundingReport.participants')}</dt>
                      <dd>{s.figures.participants}</dd>
                      <dt>{t('community.fundingReport.costPerParticipant')}</dt>
                      <dd>{money(s.costPerParticipant)}</dd>
                      <dt>{t('community.fundingReport.creditedJp')}</dt>
                      <dd>{formatJp(s.figures.creditedJp)}</dd>
                      <dt>{t('community.fundingReport.costPerJp')}</dt>
                      <dd>{money(s.figures.costPerJp)}</dd>
                      <dt>{t('community.fundingReport.totalCost')}</dt>
                      <dd>{money(s.figures.totalCost)}</dd>
                      <dt>{t('community.fundingReport.regencyCost')}</dt>
                      <dd>{money(s.regencyCost)}</dd>
                    </Box>
                  </CardContent>
                </Card>
              ))}
            </Box>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h2" gutterBottom>
                  {t('community.fundingReport.perGroup')}
                </Typography>
                {r.groups.length === 0 ? (
                  <Typography color="text.secondary">{t('community.fundingReport.none')}</Typography>
                ) : (
                  <Box sx={{ overflowX: 'auto' }}>
                    <Table size="small" aria-label={t('community.fundingReport.perGroup')}>
                      <TableHead>
                        <TableRow>
                          <TableCell>{t('community.fundingReport.group')}</TableCell>
                          <TableCell>{t('community.fundingLabel')}</TableCell>
                          <TableCell align="right">{t('community.fundingReport.participants')}</TableCell>
                          <TableCell align="right">{t('community.fundingReport.creditedJp')}</TableCell>
                          <TableCell align="right">{t('community.fundingReport.costPerJp')}</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {r.groups.map((g) => (
                          <TableRow key={g.groupId}>
                            <TableCell sx={{ minWidth: 180 }}>
                              <RouterLink to={`/kelompok/${g.groupId}`}>{g.name}</RouterLink>
                              <Box sx={{ mt: 0.5 }}>
                                <GroupStatusChip status={g.status} />
                              </Box>
                            </TableCell>
                            <TableCell>
                              {t(`community.funding.${g.funding}`)} · {money(g.costPerParticipant)}
                            </TableCell>
                            <TableCell align="right">{g.figures.participants}</TableCell>
                            <TableCell align="right">{formatJp(g.figures.creditedJp, { unit: false })}</TableCell>
                            <TableCell align="right">{money(g.figures.costPerJp)}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </Box>
                )}
                <Typography variant="caption" color="text.secondary">
                  {t('community.fundingReport.note')}
                </Typography>
              </CardContent>
            </Card>
          </Stack>
        )}
      </Cell>
    </>
  );
}
