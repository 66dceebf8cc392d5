import { Box, Typography, useMediaQuery, useTheme } from '@mui/material';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';

const RADAR_MAX_AXES = 12;
const MAX_LEVEL = 5;
const LINE_HEIGHT = 14;

interface Item {
  competency: { id: string; code: string; name: string };
  requiredLevel: number;
  currentLevel: number | null;
}

/** The drawing's size and the room around the rings for the axis labels. */
const WIDE = { width: 617, height: 420, side: 130, top: 48 };
const PHONE = { width: 309, height: 320, side: 72, top: 28 };

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
 * Current against required levels (0–5) over at most twelve competencies, largest gaps first,
 * drawn as plain SVG (rings, spokes, two series with a mark per level, labels around). The gap
 * table next to it carries the same figures as text.
 */
export function CompetencyRadar({ items, positionName }: { items: Item[]; positionName: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const shown = items.slice(0, RADAR_MAX_AXES);
  const label = t('competency.profile.radarLabel', { position: positionName });
  const descId = useId();
  if (shown.length < 3) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="competency-radar">
        {t('competency.profile.radarTooFew')}
      </Typography>
    );
  }

  const size = phone ? PHONE : WIDE;
  const cx = size.width / 2;
  const cy = size.height / 2;
  const radius = Math.min(size.width - 2 * size.side, size.height - 2 * size.top) / 2;
  const angle = (i: number) => (2 * Math.PI * i) / shown.length;
  const at = (i: number, level: number): [number, number] => {
    const r = (radius * level) / MAX_LEVEL;
    return [cx + r * Math.sin(angle(i)), cy - r * Math.cos(angle(i))];
  };
  const polygon = (points: [number, number][]) => `M ${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join(' L ')} Z`;
  const ring = (level: number) => polygon(shown.map((_, i) => at(i, level)));
  const series = [
    {
      id: 'required',
      label: t('competency.profile.requiredSeries'),
      color: theme.palette.secondary.main,
      levels: shown.map((i) => i.requiredLevel),
      fill: false,
    },
    {
      id: 'current',
      label: t('competency.profile.currentSeries'),
      color: theme.palette.primary.main,
      levels: shown.map((i) => i.currentLevel ?? 0),
      fill: true,
    },
  ];
  const grid = theme.palette.text.primary;
  const rings = Array.from({ length: MAX_LEVEL }, (_, k) => MAX_LEVEL - k);

  return (
    // The figure carries the name and description; the drawing itself is hidden from screen readers.
    <Box data-testid="competency-radar" role="figure" aria-label={label} aria-describedby={descId}>
      <span id={descId} hidden>
        {t('competency.profile.radarDesc', { count: shown.length })}
      </span>
      <Box
        component="ul"
        sx={{
          display: 'flex',
          justifyContent: 'center',
          flexWrap: 'wrap',
          columnGap: 2,
          listStyle: 'none',
          p: 0,
          m: 0,
          mb: 1,
          fontSize: 12,
        }}
      >
        {series.map((s) => (
          <Box component="li" key={s.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Box component="span" sx={{ width: 13, height: 13, borderRadius: '2px', bgcolor: s.color }} />
            {s.label}
          </Box>
        ))}
      </Box>
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        width="100%"
        style={{ display: 'block', maxWidth: size.width, margin: '0 auto' }}
        aria-hidden
        focusable="false"
      >
        {rings.map((level) =>
          // Every other band between two rings is shaded.
          level % 2 === 0 ? (
            <path
              key={`band-${level}`}
              d={`${ring(level)} ${ring(level - 1)}`}
              fillRule="evenodd"
              fill={theme.palette.text.secondary}
              fillOpacity={0.1}
            />
          ) : null,
        )}
        {rings.map((level) => (
          <path key={level} d={ring(level)} fill="none" stroke={grid} strokeOpacity={0.3} strokeWidth={1} />
        ))}
        <path
          d={shown
            .map(
              (_, i) =>
                `M ${cx} ${cy} L ${at(i, MAX_LEVEL)
                  .map((n) => n.toFixed(1))
                  .join(' ')}`,
            )
            .join(' ')}
          stroke={grid}
          strokeOpacity={0.3}
          strokeWidth={1}
        />
        {series.map((s) => (
          <path
            key={s.id}
            d={polygon(s.levels.map((level, i) => at(i, level)))}
            fill={s.fill ? s.color : 'none'}
            fillOpacity={0.2}
            stroke={s.color}
            strokeWidth={1}
            strokeLinejoin="round"
          />
        ))}
        {series.map((s) =>
          s.levels.map((level, i) => {
            const [x, y] = at(i, level);
            return <circle key={`${s.id}-${shown[i].competency.id}`} cx={x} cy={y} r={3} fill={s.color} stroke={s.color} strokeWidth={1} />;
          }),
        )}
        {shown.map((item, i) => {
          // Whole names around the chart, wrapped onto lines that fit the margins; a phone has no room
          // for them, so its axes show codes, named in the key below the chart.
          const lines = (phone ? item.competency.code : wrapLabel(item.competency.name, 20)).split('\n');
          const sin = Math.sin(angle(i));
          const cos = Math.cos(angle(i));
          const [x, y] = at(i, MAX_LEVEL + 0.3);
          const anchor = Math.abs(sin) < 0.1 ? 'middle' : sin > 0 ? 'start' : 'end';
          // Labels above the chart grow upwards, those below it downwards, those beside it both ways.
          const shift = cos > 0.5 ? -(lines.length - 1) * LINE_HEIGHT : cos < -0.5 ? 0 : (-(lines.length - 1) * LINE_HEIGHT) / 2;
          return (
            <text
              key={item.competency.id}
              textAnchor={anchor}
              dominantBaseline="central"
              fill={theme.palette.text.primary}
              style={{ fontSize: 12, fontFamily: theme.typography.fontFamily }}
            >
              {lines.map((line, n) => (
                <tspan key={n} x={x.toFixed(1)} y={(y + shift + n * LINE_HEIGHT).toFixed(1)}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
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
    </Box>
  );
}
