import { useTheme } from '@mui/material';

/** The arc runs from 110° left of straight up to 110° right of it, clockwise. */
const START = -110;
const SWEEP = 220;
/** The arc's outer radius and thickness in the drawing's units; the drawing scales to its box. */
const OUTER = 100;
const THICKNESS = 25;
const RADIUS = OUTER - THICKNESS / 2;
/** Room for the outer edge at the top and sides, and for the rounded ends below the centre. */
const WIDTH = 2 * OUTER;
const BOTTOM = -RADIUS * Math.cos(((SWEEP / 2) * Math.PI) / 180) + THICKNESS / 2;
const HEIGHT = OUTER + BOTTOM;

/** The point of the arc's middle line at `degrees` from straight up, clockwise. */
function point(degrees: number): string {
  const radians = (degrees * Math.PI) / 180;
  return `${(OUTER + RADIUS * Math.sin(radians)).toFixed(2)} ${(OUTER - RADIUS * Math.cos(radians)).toFixed(2)}`;
}

/** An arc of the middle line from START over `sweep` degrees. */
function arc(sweep: number): string {
  return `M ${point(START)} A ${RADIUS} ${RADIUS} 0 ${sweep > 180 ? 1 : 0} 1 ${point(START + sweep)}`;
}

/**
 * The arc of the JP gauge, `value` of `max` (full beyond it, empty for a `max` of 0), with `text` in
 * its middle: two stroked SVG paths with rounded ends, so the start page needs no chart code for it.
 */
export function JpArc({ height, value, max, text, color }: { height: number; value: number; max: number; text: string; color: string }) {
  const theme = useTheme();
  const share = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
  return (
    <svg width="100%" height={height} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} style={{ display: 'block' }}>
      <path d={arc(SWEEP)} fill="none" stroke={theme.palette.action.disabledBackground} strokeWidth={THICKNESS} strokeLinecap="round" />
      {share > 0 && <path d={arc(SWEEP * share)} fill="none" stroke={color} strokeWidth={THICKNESS} strokeLinecap="round" />}
      <text
        x={OUTER}
        y={OUTER}
        textAnchor="middle"
        dominantBaseline="central"
        fill={theme.palette.text.primary}
        style={{ fontFamily: theme.typography.fontFamily, fontSize: 34 * (HEIGHT / height), fontWeight: 700 }}
      >
        {text}
      </text>
    </svg>
  );
}
