import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EmployeeType } from '../../../gql/graphql';
import { formatJp } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';

/**
 * Total JP against the yearly figure: a PNS is owed at least the target (PP 17/2020),
 * a PPPK employee gets at most the maximum (PP 49/2018), as the server's JP rules say.
 */
export function JpProgress({
  total,
  employeeType,
  rules,
}: {
  total: number;
  employeeType: EmployeeType;
  rules: { pnsYearlyTarget: number; pppkYearlyMax: number };
}) {
  const { t } = useTranslation();
  const { pnsYearlyTarget: target, pppkYearlyMax: max } = rules;
  const pns = employeeType === 'PNS';
  const limit = pns ? target : max;
  const ok = pns ? total >= target : total <= max;
  return (
    <Box data-testid="jp-progress">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h1" component="p" sx={{ fontSize: '1.8rem' }}>
          {formatJp(total)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {pns ? t('learning.dashboard.ofTarget', { target: formatJp(target) }) : t('learning.dashboard.ofMax', { max: formatJp(max) })}
        </Typography>
      </Box>
      <ProgressBar
        percent={limit > 0 ? (100 * total) / limit : 0}
        color={ok ? 'success' : pns ? 'warning' : 'error'}
        label={t('plan.jp.label')}
        showPercent={false}
      />
      <Typography variant="body2" color={ok ? 'success.main' : pns ? 'warning.dark' : 'error.main'} sx={{ mt: 1 }}>
        {pns
          ? ok
            ? t('plan.jp.targetMet')
            : t('plan.jp.targetMissing', { missing: formatJp(target - total, { unit: false }) })
          : ok
            ? t('plan.jp.withinMax')
            : t('plan.jp.overMax', { over: formatJp(total - max, { unit: false }) })}
      </Typography>
    </Box>
  );
}
