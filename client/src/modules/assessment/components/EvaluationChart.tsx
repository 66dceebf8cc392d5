import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format';

export interface EvaluationBar {
  /** A short label: the statement's number. */
  label: string;
  mean: number | null;
}

/** Mean answer (1–5) per statement, one horizontal bar each; statements with too few answers have none. */
export function EvaluationChart({ bars }: { bars: EvaluationBar[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  return (
    <BarChart
      dataset={bars.map((b) => ({ label: b.label, mean: b.mean }))}
      layout="horizontal"
      height={56 + bars.length * 32}
      margin={{ left: 8, right: 16 }}
      yAxis={[{ scaleType: 'band', dataKey: 'label', width: 40 }]}
      xAxis={[{ min: 1, max: 5, tickNumber: 5, valueFormatter: (v: number) => formatNumber(v) }]}
      series={[
        {
          dataKey: 'mean',
          label: t('assessment.evaluation.mean'),
          color: theme.palette.primary.main,
          valueFormatter: (v: number | null) => (v == null ? '' : formatNumber(v, 2)),
        },
      ]}
      hideLegend
    />
  );
}
