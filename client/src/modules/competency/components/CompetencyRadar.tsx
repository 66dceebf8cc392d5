import { Box, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useId } from 'react';
import { RadarChart } from '@mui/x-charts/RadarChart';
import { useTranslation } from 'react-i18next';

const RADAR_MAX_AXES = 12;

interface Item {
  competency: { id: string; code: string; name: string };
  requiredLevel: number;
  currentLevel: number | null;
}

/** Cuts a long name at a word boundary so axis labels stay inside the chart. */
function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/**
 * Current against required levels (0–5) over at most twelve competencies, largest gaps first.
 * The gap table next to it carries the same figures as text.
 */
export function CompetencyRadar({ items, positionName }: { items: Item[]; positionName: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const shown = items.slice(0, RADAR_MAX_AXES);
  const label = t('competency.profile.radarLabel', { position: positionName });
  const descId = useId();
  // Phones have no room for names around the chart: the axes show codes, the tooltip the name.
  const codes = new Map(shown.map((i) => [i.competency.name, i.competency.code]));
  if (shown.length < 3) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="competency-radar">
        {t('competency.profile.radarTooFew')}
      </Typography>
    );
  }
  return (
    // The figure carries the name and description: the chart's own container has role="none".
    <Box data-testid="competency-radar" role="figure" aria-label={label} aria-describedby={descId}>
      <span id={descId} hidden>
        {t('competency.profile.radarDesc', { count: shown.length })}
      </span>
      <RadarChart
        height={phone ? 300 : 400}
        margin={phone ? { left: 66, right: 66, top: 24, bottom: 24 } : { left: 120, right: 120, top: 30, bottom: 30 }}
        series={[
          {
            id: 'required',
            label: t('competency.profile.requiredSeries'),
            data: shown.map((i) => i.requiredLevel),
            color: theme.palette.secondary.main,
            hideMark: false,
          },
          {
            id: 'current',
            label: t('competency.profile.currentSeries'),
            data: shown.map((i) => i.currentLevel ?? 0),
            color: theme.palette.primary.main,
            fillArea: true,
          },
        ]}
        radar={{
          max: 5,
          metrics: shown.map((i) => i.competency.name),
          labelFormatter: (name, { location }) => (location !== 'tick' ? name : phone ? (codes.get(name) ?? name) : shorten(name, 22)),
        }}
      />
      {items.length > RADAR_MAX_AXES && (
        <Typography variant="caption" color="text.secondary">
          {t('competency.profile.radarLimited', { shown: RADAR_MAX_AXES, total: items.length })}
        </Typography>
      )}
    </Box>
  );
}
