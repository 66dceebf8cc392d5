import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { GroupStatus } from '../../../gql/graphql';

const COLORS: Record<GroupStatus, 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary'> = {
  DRAFT: 'default',
  PROPOSED: 'warning',
  APPROVED: 'info',
  RUNNING: 'primary',
  COMPLETED: 'success',
  CANCELLED: 'error',
};

export const GROUP_MODES = ['ONLINE', 'OFFLINE', 'BLENDED'] as const;
export const FUNDING_SOURCES = ['MANDIRI', 'COST_SHARING', 'APBD'] as const;
export const JOIN_POLICIES = ['ANY_OPD', 'LISTED_OPDS', 'INVITATION'] as const;

export function GroupStatusChip({ status }: { status: GroupStatus }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant={status === 'DRAFT' ? 'outlined' : 'filled'}
      label={t(`community.status.${status}`)}
    />
  );
}
