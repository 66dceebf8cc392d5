import CheckCircle from '@mui/icons-material/CheckCircle';
import { Box, Chip, Stack, Typography, useTheme } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatJp } from '../../../ui/format';
import { JpArc } from './JpArc';

export interface JpFigures {
  year: number;
  /** First and last day counted: the calendar year of a PNS, the contract year of a PPPK. */
  periodStart: string;
  periodEnd: string;
  targetJp?: number | null;
  maxJp?: number | null;
  approvedJp: number;
  pendingJp: number;
  countedJp: number;
  reached: boolean;
  remainingJp: number;
}

const ARC_HEIGHT = 170;

/** A date that never breaks across lines: 1 Mar 2026. */
const unbroken = (date: string) => formatDate(date).replace(/ /g, '\u00a0');

/** The heading of a JP summary: "JP tahun 2026" for a PNS; a PPPK's contract year by its dates. */
export function jpTitle(t: TFunction, jp: Pick<JpFigures, 'year' | 'targetJp' | 'periodStart' | 'periodEnd'>): string {
  return jp.targetJp != null
    ? t('learning.dashboard.jpTitle', { year: jp.year })
    : t('learning.dashboard.jpTitleContract', { start: unbroken(jp.periodStart), end: unbroken(jp.periodEnd) });
}

/**
 * This year's JP against the yearly figure: a PNS toward the minimum of the calendar year
 * (PP 17/2020), a PPPK employee within the maximum of the contract year (PP 49/2018). The numbers are also in the aria-label and as text.
 */
export function JpGauge({ jp }: { jp: JpFigures }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const pns = jp.targetJp != null;
  const goal = (pns ? jp.targetJp : jp.maxJp) ?? 0;
  const label = pns
    ? t('learning.dashboard.jpAriaPns', {
        year: jp.year,
        counted: formatJp(jp.countedJp),
        target: formatJp(goal),
        approved: formatJp(jp.approvedJp),
        pending: formatJp(jp.pendingJp),
        remaining: formatJp(jp.remainingJp),
      })
    : t('learning.dashboard.jpAriaPppk', {
        start: formatDate(jp.periodStart),
        end: formatDate(jp.periodEnd),
        counted: formatJp(jp.countedJp),
        max: formatJp(goal),
        approved: formatJp(jp.approvedJp),
        pending: formatJp(jp.pendingJp),
        remaining: formatJp(jp.remainingJp),
      });
  const color = jp.reached ? theme.palette.success.main : theme.palette.primary.main;
  const text = formatJp(jp.countedJp, { unit: false });
  return (
    <Box data-testid="jp-progress" role="img" aria-label={label}>
      <Box aria-hidden sx={{ maxWidth: 260, mx: 'auto' }}>
        <JpArc height={ARC_HEIGHT} value={jp.countedJp} max={goal} text={text} color={color} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: -1 }} aria-hidden>
        {pns ? t('learning.dashboard.ofTarget', { target: formatJp(goal) }) : t('learning.dashboard.ofMax', { max: formatJp(goal) })}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'center', my: 1.5, minHeight: 32 }} aria-hidden>
        {jp.reached ? (
          <Chip
            color="success"
            icon={<CheckCircle />}
            label={pns ? t('learning.dashboard.targetReached') : t('learning.dashboard.maxReached')}
          />
        ) : (
          <Typography variant="body2" sx={{ fontWeight: 600 }} color={pns ? 'warning.dark' : 'text.primary'}>
            {pns
              ? t('learning.dashboard.remaining', { jp: formatJp(jp.remainingJp) })
              : t('learning.dashboard.roomLeft', { jp: formatJp(jp.remainingJp) })}
          </Typography>
        )}
      </Box>
      <Stack direction="row" sx={{ justifyContent: 'center', flexWrap: 'wrap', gap: 3 }} aria-hidden>
        <Box sx={{ textAlign: 'center' }}>
          <Typography variant="h3" component="p">
            {formatJp(jp.approvedJp)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t('learning.dashboard.approved')}
          </Typography>
        </Box>
        <Box sx={{ textAlign: 'center' }}>
          <Typography variant="h3" component="p">
            {formatJp(jp.pendingJp)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t('learning.dashboard.pending')}
          </Typography>
        </Box>
      </Stack>
    </Box>
  );
}
