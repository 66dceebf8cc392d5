import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import OndemandVideoOutlined from '@mui/icons-material/OndemandVideoOutlined';
import QuizOutlined from '@mui/icons-material/QuizOutlined';
import { Box, Chip, type ChipProps, type SvgIconProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LessonKind, ModuleStatus } from '../../../gql/graphql';

export const LESSON_KINDS: LessonKind[] = ['TEXT', 'VIDEO', 'FILE', 'LINK', 'QUIZ'];

const STATUS_COLOR: Record<ModuleStatus, ChipProps['color']> = { DRAFT: 'warning', PUBLISHED: 'success', ARCHIVED: 'default' };

export function ModuleStatusChip({ status }: { status: ModuleStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={STATUS_COLOR[status]}
      variant={status === 'ARCHIVED' ? 'outlined' : 'filled'}
      label={t(`learning.status.${status}`)}
    />
  );
}

export function LessonKindIcon({ kind, ...props }: { kind: LessonKind } & SvgIconProps) {
  const { t } = useTranslation();
  const Icon = { TEXT: ArticleOutlined, VIDEO: OndemandVideoOutlined, FILE: AttachFileOutlined, LINK: LinkOutlined, QUIZ: QuizOutlined }[
    kind
  ];
  return <Icon titleAccess={t(`learning.kind.${kind}`)} {...props} />;
}

interface CompetencyRow {
  id: string;
  level: number;
  competency: { id: string; code: string; name: string };
}

/** The competencies a module builds, each with the level: "T.TIK.03 Tata Kelola Data · Level 2". */
export function CompetencyChips({ items, max }: { items: CompetencyRow[]; max?: number }) {
  const { t } = useTranslation();
  const shown = max ? items.slice(0, max) : items;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, minWidth: 0 }}>
      {shown.map((c) => (
        <Chip
          key={c.id}
          size="small"
          variant="outlined"
          title={`${c.competency.code} ${c.competency.name}`}
          label={t('learning.competencyLevel', { name: c.competency.name, level: c.level })}
          sx={{ maxWidth: '100%' }}
        />
      ))}
      {max && items.length > max && <Chip size="small" label={`+${items.length - max}`} />}
    </Box>
  );
}
