import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Cell } from '../../../ui/Cell';
import { Figures } from '../../../ui/Figures';
import { formatDateTime, formatJp } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { GroupMonitoringQuery } from '../graphql/sessions';

const WeeklyActivityChart = lazy(() => import('./WeeklyActivityChart').then((m) => ({ default: m.WeeklyActivityChart })));

/** The group monitor's (and trainer's) dashboard: sessions held vs planned, attendance per member, flags, weekly activity. */
export function MonitoringCard({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const result = useQuery(GroupMonitoringQuery, { variables: { groupId } });
  return (
    <SectionCard title={t('community.monitoring.title')} data-testid="monitoring">
      <Cell result={result}>
        {({ groupMonitoring: m }) => (
          <Stack spacing={2}>
            <Figures
              items={[
                { label: t('community.monitoring.held'), value: `${m.heldSessions}/${m.plannedSessions}` },
                {
                  label: t('community.monitoring.averageRate'),
                  value: `${m.averageAttendanceRate}%`,
                  tone: m.averageAttendanceRate < m.thresholdPercent ? 'warning' : 'default',
                },
                { label: t('community.monitoring.attendedJp'), value: formatJp(m.attendedJp) },
                { label: t('community.monitoring.flaggedCount'), value: m.flagged.length, tone: m.flagged.length ? 'warning' : 'default' },
                ...(m.reportsToAcknowledge
                  ? [{ label: t('community.monitoring.reportsWaiting'), value: m.reportsToAcknowledge, tone: 'warning' as const }]
                  : []),
              ]}
            />
            {m.members.some((x) => x.underThreshold) && (
              <Alert severity="warning">
                {t('community.monitoring.under', {
                  count: m.members.filter((x) => x.underThreshold).length,
                  threshold: m.thresholdPercent,
                })}
              </Alert>
            )}
            <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('community.monitoring.membersTable')}>
              <Table size="small" aria-label={t('community.monitoring.membersTable')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('community.monitoring.member')}</TableCell>
                    <TableCell>{t('community.monitoring.rate')}</TableCell>
                    <TableCell align="right">{t('community.monitoring.minutes')}</TableCell>
                    <TableCell align="right">{t('community.monitoring.jp')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {m.members.map((x) => (
                    <TableRow key={x.employee.id} data-testid="monitoring-member">
                      <TableCell sx={{ minWidth: 140 }}>
                        {x.employee.name}
                        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
                          {x.underThreshold && <Chip size="small" color="warning" label={t('community.monitoring.belowThreshold')} />}
                          {x.flaggedCheckIns > 0 && (
                            <Chip
                              size="small"
                              variant="outlined"
                              color="warning"
                              label={t('community.monitoring.flags', { count: x.flaggedCheckIns })}
                            />
                          )}
                        </Box>
                      </TableCell>
                      <TableCell sx={{ minWidth: 110 }}>
                        <Typography variant="body2">
                          {x.attendanceRate}% · {x.sessionsAttended}/{m.heldSessions}
                        </Typography>
                        <LinearProgress
                          variant="determinate"
                          value={x.attendanceRate}
                          color={x.underThreshold ? 'warning' : 'primary'}
                          aria-label={t('community.monitoring.rateOf', { name: x.employee.name })}
                        />
                      </TableCell>
                      <TableCell align="right">{x.attendedMinutes}</TableCell>
                      <TableCell align="right">{formatJp(x.attendedJp, { unit: false })}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
            <Typography variant="caption" color="text.secondary">
              {t('community.monitoring.jpNote')}
            </Typography>
            {m.weeks.length > 0 && (
              <Box>
                <Typography variant="h3" gutterBottom>
                  {t('community.monitoring.weekly')}
                </Typography>
                <Suspense fallback={<Skeleton variant="rounded" height={220} />}>
                  <WeeklyActivityChart weeks={m.weeks} />
                </Suspense>
              </Box>
            )}
            {m.flagged.length > 0 && (
              <Box>
                <Typography variant="h3" gutterBottom>
                  {t('community.monitoring.flagged')}
                </Typography>
                <Stack spacing={1}>
                  {m.flagged.map((a) => (
                    <Box key={a.id} data-testid="flagged-check-in" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {a.employee.name}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {a.sessionTopic} · {formatDateTime(a.checkInAt)}
                      </Typography>
                      <Typography variant="body2" color="warning.dark">
                        {t(`community.flag.${a.flag}`)}
                        {a.distanceMeters != null ? ` · ${t('community.monitoring.distance', { metres: a.distanceMeters })}` : ''}
                      </Typography>
                    </Box>
                  ))}
                </Stack>
              </Box>
            )}
          </Stack>
        )}
      </Cell>
    </SectionCard>
  );
}
