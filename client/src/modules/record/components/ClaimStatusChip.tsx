import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../gql/graphql';

export const CLAIM_STATUSES: ClaimStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED'];
const COLOR: Record<ClaimStatus, ChipProps['color']> = { SUBMITTED: 'warning', RETURNED: 'info', APPROVED: 'success', REJECTED: 'error' };

export function ClaimStatusChip({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLOR[status]} variant="outlined" label={t(`claim.status.${status}`)} />;
}
