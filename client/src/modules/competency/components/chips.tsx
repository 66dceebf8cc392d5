import { Chip, type ChipProps, type Theme, useTheme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod, CompetencyType } from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';

export const COMPETENCY_TYPES: CompetencyType[] = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];
export const TRAINING_RATINGS = ['MUTLAK', 'PENTING', 'PERLU'] as const;
/** Competency levels 1–5 (Permenpan RB 38/2017). */
export const LEVELS = [1, 2, 3, 4, 5] as const;

const TYPE_COLOR: Record<CompetencyType, ChipProps['color']> = {
  TEKNIS: 'info',
  MANAJERIAL: 'primary',
  SOSIAL_KULTURAL: 'success',
};

export function CompetencyTypeChip({ type }: { type: CompetencyType }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={TYPE_COLOR[type]} label={t(`competency.type.${type}`)} />;
}

const RATING_COLOR: Record<string, ChipProps['color']> = { MUTLAK: 'error', PENTING: 'warning', PERLU: 'default' };

export function TrainingRatingChip({ rating }: { rating: string }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={RATING_COLOR[rating] ?? 'default'}
      variant={rating === 'PERLU' ? 'outlined' : 'filled'}
      label={t(`competency.rating.${rating}`, { defaultValue: rating })}
    />
  );
}

/** How far an employee is from a required level: green when met, amber for one level, red beyond. */
export function GapChip({ gap }: { gap: number }) {
  const { t } = useTranslation();
  if (gap <= 0) return <Chip size="small" color="success" label={t('competency.gap.met')} />;
  return <Chip size="small" color={gap === 1 ? 'warning' : 'error'} label={t('competency.gap.missing', { count: gap })} />;
}

/** A palette colour named by its path, such as `primary.main`. */
function paletteColor(palette: Theme['palette'], path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], palette);
  return typeof value === 'string' ? value : path;
}

/**
 * A level 1–5 as five small blocks, with a text label for screen readers. Plain elements with
 * inline styles: a table shows two of these per row.
 */
export function LevelMeter({ level, color = 'primary.main' }: { level: number | null | undefined; color?: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const value = level ?? 0;
  const on = paletteColor(theme.palette, color);
  const off = theme.palette.action.disabledBackground;
  const block = { width: 10, height: 10, borderRadius: Number(theme.shape.borderRadius) / 2 };
  return (
    <span
      role="img"
      aria-label={level ? t('competency.levelOf', { level }) : t('competency.noLevel')}
      style={{ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.25), verticalAlign: 'middle' }}
    >
      {LEVELS.map((l) => (
        <span key={l} style={{ ...block, backgroundColor: l <= value ? on : off }} />
      ))}
      <span style={{ marginLeft: theme.spacing(0.75), fontWeight: 600, minWidth: 12 }} aria-hidden>
        {level ?? '–'}
      </span>
    </span>
  );
}

/** Method, date and assessor of a piece of evidence: "Penilaian atasan · 31 Jul 2026 · Bambang". */
export function EvidenceText({
  evidence,
}: {
  evidence: { method: AssessmentMethod; assessedOn: string; assessorName?: string | null } | null | undefined;
}) {
  const { t } = useTranslation();
  if (!evidence) return <>–</>;
  return (
    <>{[t(`competency.method.${evidence.method}`), formatDate(evidence.assessedOn), evidence.assessorName].filter(Boolean).join(' · ')}</>
  );
}
