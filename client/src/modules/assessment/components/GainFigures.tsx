import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Figures } from '../../../ui/Figures';
import { formatNumber } from '../../../ui/format';

const dash = '–';
/** A grade in percent, a gain in points and a normalised gain, as the statistics show them. */
export const percent = (value: number | null | undefined) => (value == null ? dash : `${formatNumber(value, 2)} %`);
export const points = (value: number | null | undefined) => (value == null ? dash : formatNumber(value, 2));
export const gain = (value: number | null | undefined) => (value == null ? dash : formatNumber(value, 3));

export interface GainSummary {
  learners: number;
  meanPre?: number | null;
  meanPost?: number | null;
  classGain?: number | null;
  meanAbsoluteGain?: number | null;
  meanNormalisedGain?: number | null;
}

/** The class's learning gain: learners with both tests, mean pre and post grades, and how it is read. */
export function GainFigures({ summary }: { summary: GainSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <Figures
        items={[
          { label: t('assessment.gain.learnersBoth'), value: String(summary.learners) },
          { label: t('assessment.gain.meanPre'), value: percent(summary.meanPre) },
          { label: t('assessment.gain.meanPost'), value: percent(summary.meanPost) },
          { label: t('assessment.gain.classGain'), value: gain(summary.classGain) },
        ]}
      />
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {t('assessment.gain.help', { meanAbsolute: points(summary.meanAbsoluteGain), meanNormalised: gain(summary.meanNormalisedGain) })}
      </Typography>
    </>
  );
}
