import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../gql/graphql';

export const PLAN_STATUSES: PlanStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'];

const COLOR: Record<PlanStatus, ChipProps['color']> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  APPROVED: 'success',
  RETURNED: 'warning',
};

export function PlanStatusChip({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLOR[status]} label={t(`plan.status.${status}`)} data-testid="plan-status" />;
}
