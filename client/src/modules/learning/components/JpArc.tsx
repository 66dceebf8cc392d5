import { useTheme } from '@mui/material';
import { Gauge, gaugeClasses } from '@mui/x-charts/Gauge';
import { ChartWidth } from '../../../ui/ChartWidth';

/** The arc of the JP gauge, `value` of `max`, with `text` in its middle. */
export function JpArc({ height, value, max, text, color }: { height: number; value: number; max: number; text: string; color: string }) {
  const theme = useTheme();
  return (
    <ChartWidth minHeight={height}>
      {(width) => (
        <Gauge
          width={width}
          height={height}
          value={value}
          valueMin={0}
          valueMax={max}
          startAngle={-110}
          endAngle={110}
          innerRadius="75%"
          outerRadius="100%"
          cornerRadius="50%"
          text={() => text}
          sx={{
            [`& .${gaugeClasses.valueText}`]: { fontSize: 34, fontWeight: 700, transform: 'translate(0px, 4px)' },
            [`& .${gaugeClasses.valueArc}`]: { fill: color },
            [`& .${gaugeClasses.referenceArc}`]: { fill: theme.palette.action.disabledBackground },
          }}
        />
      )}
    </ChartWidth>
  );
}
