import { useTheme } from '@mui/material';

/** The arc runs from 110° left of the top to 110° right of it. */
const SWEEP = 110;
/** Room above and below the ring. */
const MARGIN = 10;

/** A point on a circle of radius `r` around the origin, `degrees` clockwise from the top. */
function point(r: number, degrees: number): string {
  const a = (degrees * Math.PI) / 180;
  return `${(r * Math.sin(a)).toFixed(2)} ${(-r * Math.cos(a)).toFixed(2)}`;
}

/** An arc of radius `r` from `from` to `to` degrees, clockwise. */
function arc(r: number, from: number, to: number): string {
  return `M ${point(r, from)} A ${r} ${r} 0 ${to - from > 180 ? 1 : 0} 1 ${point(r, to)}`;
}

/**
 * The arc of the JP gauge, `value` of `max`, with `text` in its middle: two strokes with round
 * ends in plain SVG, drawn in the same pass as the figures around it.
 */
export function JpArc({ height, value, max, text, color }: { height: number; value: number; max: number; text: string; color: string }) {
  const theme = useTheme();
  // The largest ring that fits the height: it reaches cos(70°) of its radius below the centre.
  const outer = (height - 2 * MARGIN) / (1 + Math.cos(((180 - SWEEP) * Math.PI) / 180));
  const thickness = outer / 4;
  const r = outer - thickness / 2;
  // The round ends lie inside the sweep, as the ends of a ring's corners would.
  const inset = ((thickness / 2 / r) * 180) / Math.PI;
  const start = -SWEEP + inset;
  const end = SWEEP - inset;
  const share = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
  const reached = start + (end - start) * share;
  return (
    <svg
      width="100%"
      height={height}
      viewBox={`${-outer} ${-outer - MARGIN} ${2 * outer} ${height}`}
      style={{ display: 'block', overflow: 'visible' }}
      aria-hidden
      focusable="false"
    >
      <path
        d={arc(r, start, end)}
        fill="none"
        stroke={theme.palette.action.disabledBackground}
        strokeWidth={thickness}
        strokeLinecap="round"
      />
      {share > 0 && <path d={arc(r, start, reached)} fill="none" stroke={color} strokeWidth={thickness} strokeLinecap="round" />}
      <text
        x={0}
        y={4}
        textAnchor="middle"
        dominantBaseline="central"
        style={{ fontSize: 34, fontWeight: 700, fontFamily: theme.typography.fontFamily }}
        fill={theme.palette.text.primary}
      >
        {text}
      </text>
    </svg>
  );
}
