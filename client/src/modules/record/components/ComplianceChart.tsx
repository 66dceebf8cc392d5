import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';

export interface ComplianceBar {
  code: string;
  name: string;
  employees: number;
  reached: number;
  atRisk: number;
}

/** Share of each OPD's PNS: at the target, below it but on pace, at risk; one horizontal bar per OPD. */
export function ComplianceChart({ bars }: { bars: ComplianceBar[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const share = (n: number, of: number) => (of ? Math.floor((1000 * n) / of) / 10 : 0);
  const dataset = bars.map((b) => ({
    code: b.code,
    reached: share(b.reached, b.employees),
    onPace: share(b.employees - b.reached - b.atRisk, b.employees),
    atRisk: share(b.atRisk, b.employees),
  }));
  const percent = (value: number | null) => (value == null ? '' : `${value.toLocaleString('id-ID')}%`);
  return (
    <BarChart
      dataset={dataset}
      layout="horizontal"
      height={64 + bars.length * 26}
      margin={{ left: 8, right: 16 }}
      yAxis={[{ scaleType: 'band', dataKey: 'code', width: 112, tickLabelStyle: { fontSize: 11 } }]}
      xAxis={[{ min: 0, max: 100, valueFormatter: (v: number) => `${v}%` }]}
      series={[
        {
          dataKey: 'reached',
          stack: 'pns',
          label: t('compliance.chart.reached'),
          color: theme.palette.success.main,
          valueFormatter: percent,
        },
        { dataKey: 'onPace', stack: 'pns', label: t('compliance.chart.onPace'), color: theme.palette.info.light, valueFormatter: percent },
        {
          dataKey: 'atRisk',
          stack: 'pns',
          label: t('compliance.chart.atRisk'),
          color: theme.palette.warning.main,
          valueFormatter: percent,
        },
      ]}
      slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top', horizontal: 'center' } } }}
    />
  );
}
