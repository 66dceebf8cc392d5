import { Typography, useMediaQuery, useTheme } from '@mui/material';
import { RadarChart } from '@mui/x-charts/RadarChart';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../ui/ChartFigure';

export interface RadarCandidate {
  id: string;
  name: string;
  levels: Map<string, number>;
}

interface Props {
  /** The position's standard: one axis per competency, the required level as the first series. */
  standard: { id: string; code: string; name: string; requiredLevel: number }[];
  candidates: RadarCandidate[];
  positionName: string;
}

const MAX_AXES = 12;

/**
 * Candidates' current levels against the position's standard (0–5). Its code loads only when a
 * pool is shown; the table beside it carries the same figures as text.
 */
export function PoolRadar({ standard, candidates, positionName }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const axes = standard.slice(0, MAX_AXES);
  if (axes.length < 3) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="pool-radar">
        {t('committee.pool.radarTooFew')}
      </Typography>
    );
  }
  const colors = [theme.palette.primary.main, theme.palette.success.main, theme.palette.warning.dark];
  return (
    <ChartFigure
      data-testid="pool-radar"
      label={t('committee.pool.radarLabel', { position: positionName })}
      description={t('committee.pool.radarDesc', { names: candidates.map((c) => c.name).join(', '), count: axes.length })}
    >
      <RadarChart
        height={phone ? 300 : 380}
        margin={phone ? { left: 40, right: 40, top: 24, bottom: 24 } : { left: 80, right: 80, top: 30, bottom: 30 }}
        series={[
          {
            id: 'standard',
            label: t('committee.pool.standardSeries'),
            data: axes.map((a) => a.requiredLevel),
            color: theme.palette.grey[700],
            hideMark: false,
          },
          ...candidates.map((c, i) => ({
            id: c.id,
            label: c.name,
            data: axes.map((a) => c.levels.get(a.id) ?? 0),
            color: colors[i % colors.length],
            fillArea: i === 0,
          })),
        ]}
        radar={{ max: 5, metrics: axes.map((a) => a.code), labelFormatter: (code) => code }}
      />
    </ChartFigure>
  );
}
