import { Box, Typography, useMediaQuery, useTheme } from '@mui/material';
import { Fragment } from 'react';
import { RadarChart } from '@mui/x-charts/RadarChart';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../../ui/ChartFigure';
import { ChartWidth } from '../../../ui/ChartWidth';

const RADAR_MAX_AXES = 12;

interface Item {
  competency: { id: string; code: string; name: string };
  requiredLevel: number;
  currentLevel: number | null;
}

/**
 * A name broken into lines of at most `width` characters at spaces (a longer word keeps a line
 * of its own), so an axis label wraps instead of being cut: the chart draws each line (`\n`).
 */
export function wrapLabel(name: string, width: number): string {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.length ? lines[lines.length - 1] : null;
    if (last !== null && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * Current against required levels (0–5) over at most twelve competencies, largest gaps first.
 * The gap table next to it carries the same figures as text.
 */
export function CompetencyRadar({ items, positionName }: { items: Item[]; positionName: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const height = phone ? 320 : 420;
  const shown = items.slice(0, RADAR_MAX_AXES);
  const label = t('competency.profile.radarLabel', { position: positionName });
  const codes = new Map(shown.map((i) => [i.competency.name, i.competency.code]));
  if (shown.length < 3) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="competency-radar">
        {t('competency.profile.radarTooFew')}
      </Typography>
    );
  }
  return (
    <ChartFigure data-testid="competency-radar" label={label} description={t('competency.profile.radarDesc', { count: shown.length })}>
      <ChartWidth minHeight={height}>
        {(width) => (
          <RadarChart
            width={width}
            height={height}
            margin={phone ? { left: 72, right: 72, top: 28, bottom: 28 } : { left: 130, right: 130, top: 48, bottom: 48 }}
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
              // Whole names around the chart, wrapped onto lines that fit the margins; a phone has no room
              // for them, so its axes show codes, named in the key below the chart.
              labelFormatter: (name, { location }) =>
                location !== 'tick' ? name : phone ? (codes.get(name) ?? name) : wrapLabel(name, 20),
            }}
          />
        )}
      </ChartWidth>
      {phone && (
        <Box
          component="dl"
          data-testid="competency-radar-key"
          sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, rowGap: 0.25, m: 0, mb: 1, typography: 'caption' }}
        >
          {shown.map((i) => (
            <Fragment key={i.competency.id}>
              <Box component="dt" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                {i.competency.code}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {i.competency.name}
              </Box>
            </Fragment>
          ))}
        </Box>
      )}
      {items.length > RADAR_MAX_AXES && (
        <Typography variant="caption" color="text.secondary">
          {t('competency.profile.radarLimited', { shown: RADAR_MAX_AXES, total: items.length })}
        </Typography>
      )}
    </ChartFigure>
  );
}
