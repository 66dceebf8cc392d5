import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import { Box, Button, Skeleton, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpdComplianceQuery as ComplianceResult } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { Figures } from '../../../ui/Figures';
import { formatDate, formatJp, formatNumber } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { withPrevious } from '../../../ui/withPrevious';
import { ComplianceYearSelect, useComplianceYear } from '../components/ComplianceYear';
import { OpdComplianceQuery } from '../graphql/compliance';

const ComplianceChart = lazy(() => import('../components/ComplianceChart').then((m) => ({ default: m.ComplianceChart })));

const percent = (value: number) => `${formatNumber(value, 1)}%`;

/** Each OPD's JP compliance for administrators (every OPD) and supervisors (their OPDs): figures, a chart, the table and its export. */
export function CompliancePage() {
  const { t } = useTranslation();
  const [year, setYear] = useComplianceYear();
  const result = withPrevious(useQuery(OpdComplianceQuery, { variables: { input: { year } } }));
  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        subtitle={t('compliance.subtitle')}
        actions={
          <>
            <ComplianceYearSelect year={year} onChange={setYear} />
            <Button variant="outlined" startIcon={<DownloadOutlined />} href={`/record/exports/compliance?year=${year}`} download>
              {t('compliance.export')}
            </Button>
          </>
        }
      />
      <Cell
        result={result}
        loading={<SkeletonRows rows={5} height={64} />}
        isEmpty={(d) => d.opdCompliance.opds.length === 0}
        empty={<EmptyState title={t('compliance.noOpds')} body={t('compliance.noOpdsBody')} />}
      >
        {({ opdCompliance: report }) => <Report report={report} />}
      </Cell>
    </>
  );
}

type Report = ComplianceResult['opdCompliance'];

function Report({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { pns, pppk } = report.total;
  const rows = report.opds;
  const byRisk = useMemo(
    () =>
      [...rows].sort(
        (a, b) =>
          b.pns.atRisk + b.pppk.atRisk - (a.pns.atRisk + a.pppk.atRisk) ||
          a.pns.percentage - b.pns.percentage ||
          a.opd.name.localeCompare(b.opd.name),
      ),
    [rows],
  );
  return (
    <Stack spacing={3}>
      <SectionCard title={t('compliance.totalTitle', { year: report.year })}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('compliance.asOf', {
            date: formatDate(report.asOf),
            target: formatJp(report.targetJp, { unit: false }),
            max: formatJp(report.pppkMaxJp, { unit: false }),
          })}
        </Typography>
        <Figures
          items={[
            { label: t('compliance.pnsCounted'), value: formatNumber(pns.employees) },
            { label: t('compliance.pnsReached', { percent: percent(pns.percentage) }), value: formatNumber(pns.reached), tone: 'success' },
            { label: t('compliance.averageJp'), value: formatJp(pns.averageJp, { unit: false }) },
            { label: t('compliance.pnsAtRisk'), value: formatNumber(pns.atRisk), tone: pns.atRisk ? 'warning' : 'default' },
            { label: t('compliance.pppkCounted'), value: formatNumber(pppk.employees) },
            { label: t('compliance.pppkReached', { percent: percent(pppk.percentage) }), value: formatNumber(pppk.reached) },
            { label: t('compliance.pppkAtRisk'), value: formatNumber(pppk.atRisk), tone: pppk.atRisk ? 'warning' : 'default' },
          ]}
        />
      </SectionCard>
      <SectionCard title={t('compliance.chartTitle')}>
        <Typography variant="body2" color="text.secondary">
          {t('compliance.chartHelp')}
        </Typography>
        <Suspense fallback={<Skeleton variant="rounded" height={64 + rows.length * 26} />}>
          <Box role="img" aria-label={t('compliance.chartLabel', { year: report.year })}>
            <ComplianceChart
              bars={rows.map((r) => ({
                code: r.opd.code,
                name: r.opd.name,
                employees: r.pns.employees,
                reached: r.pns.reached,
                atRisk: r.pns.atRisk,
              }))}
            />
          </Box>
        </Suspense>
      </SectionCard>
      <SectionCard title={t('compliance.tableTitle')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('compliance.tableHelp')}
        </Typography>
        <TableContainer tabIndex={0} role="region" aria-label={t('compliance.tableTitle')} sx={{ maxWidth: '100%' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('compliance.col.opd')}</TableCell>
                <TableCell align="right">{t('compliance.col.pns')}</TableCell>
                <TableCell align="right">{t('compliance.col.reached')}</TableCell>
                <TableCell align="right">{t('compliance.col.average')}</TableCell>
                <TableCell align="right">{t('compliance.col.atRisk')}</TableCell>
                <TableCell align="right">{t('compliance.col.pppk')}</TableCell>
                <TableCell align="right">{t('compliance.col.pppkReached')}</TableCell>
                <TableCell align="right">{t('compliance.col.pppkAtRisk')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {byRisk.map((row) => (
                <TableRow key={row.opd.id} hover>
                  <TableCell sx={{ minWidth: 180 }}>
                    <Box component={Link} to={`/kepatuhan/${row.opd.id}?tahun=${report.year}`} sx={{ fontWeight: 500 }}>
                      {row.opd.name}
                    </Box>
                  </TableCell>
                  <TableCell align="right">{formatNumber(row.pns.employees)}</TableCell>
                  <TableCell align="right">
                    {formatNumber(row.pns.reached)} ({percent(row.pns.percentage)})
                  </TableCell>
                  <TableCell align="right">{formatJp(row.pns.averageJp, { unit: false })}</TableCell>
                  <TableCell
                    align="right"
                    sx={{ color: row.pns.atRisk ? 'warning.dark' : undefined, fontWeight: row.pns.atRisk ? 600 : undefined }}
                  >
                    {formatNumber(row.pns.atRisk)}
                  </TableCell>
                  <TableCell align="right">{formatNumber(row.pppk.employees)}</TableCell>
                  <TableCell align="right">{formatNumber(row.pppk.reached)}</TableCell>
                  <TableCell align="right">{formatNumber(row.pppk.atRisk)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </SectionCard>
    </Stack>
  );
}
