import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../ui/ChartFigure';
import { formatDate } from '../../../ui/format';

interface Week {
  weekStart: string;
  sessions: number;
  checkIns: number;
  minutes: number;
}

/** Check-ins and sessions per week; the table beside it holds the same figures as text. Loaded on demand with the chart library. */
export function WeeklyActivityChart({ weeks }: { weeks: Week[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  return (
    <ChartFigure
      data-testid="weekly-activity-chart"
      label={t('community.monitoring.chartLabel')}
      description={weeks
        .map((w) => t('community.monitoring.weekDesc', { week: formatDate(w.weekStart), sessions: w.sessions, checkIns: w.checkIns }))
        .join('; ')}
    >
      <BarChart
        height={220}
        margin={{ left: 8, right: 8, top: 16, bottom: 8 }}
        xAxis={[{ scaleType: 'band', data: weeks.map((w) => formatDate(w.weekStart).replace(/ \d{4}$/, '')) }]}
        yAxis={[{ width: 32, tickMinStep: 1 }]}
        series={[
          {
            id: 'checkIns',
            label: t('community.monitoring.checkIns'),
            data: weeks.map((w) => w.checkIns),
            color: theme.palette.primary.main,
          },
          {
            id: 'sessions',
            label: t('community.monitoring.sessions'),
            data: weeks.map((w) => w.sessions),
            color: theme.palette.secondary.main,
          },
        ]}
      />
    </ChartFigure>
  );
}
