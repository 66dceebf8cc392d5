import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EmployeeType } from '../../../gql/graphql';
import { formatJp } from './planFormat';

/**
 * Total JP against the yearly figure: a PNS is owed at least the target (PP 17/2020),
 * a PPPK employee gets at most the maximum (PP 49/2018).
 */
export function JpProgress({ total, employeeType, target, max }: { total: number; employeeType: EmployeeType; target: number; max: number }) {
  const { t } = useTranslation();
  const pns = employeeType === 'PNS';
  const limit = pns ? target : max;
  const ok = pns ? total >= target : total <= max;
  return (
    <Box data-testid="jp-progress">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h1" component="p" sx={{ fontSize: '1.8rem' }}>
          {formatJp(total)} JP
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {pns ? t('plan.jp.ofTarget', { target: formatJp(target) }) : t('plan.jp.ofMax', { max: formatJp(max) })}
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, limit > 0 ? (100 * total) / limit : 0)}
        color={ok ? 'success' : pns ? 'warning' : 'error'}
        sx={{ height: 10, borderRadius: 5, my: 1 }}
        aria-label={t('plan.jp.label')}
      />
      <Typography variant="body2" color={ok ? 'success.main' : pns ? 'warning.dark' : 'error.main'}>
        {pns
          ? ok
            ? t('plan.jp.targetMet')
            : t('plan.jp.targetMissing', { missing: formatJp(target - total) })
          : ok
            ? t('plan.jp.withinMax')
            : t('plan.jp.overMax', { over: formatJp(total - max) })}
      </Typography>
    </Box>
  );
}
