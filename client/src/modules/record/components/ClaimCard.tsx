import { Box, Button, Card, CardActions, CardContent, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClaimListFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatJp, formatNip } from '../../../ui/format';
import { ClaimEvidence } from './ClaimEvidence';
import type { ClaimDecision } from './ClaimDecisionDialog';
import { ClaimStatusChip } from './ClaimStatusChip';

function dateRange(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/** A claim as a card: who, what, when, the JP, and, in the approval queue, its evidence and the decisions. */
export function ClaimCard({
  claim,
  showEmployee,
  onDecide,
}: {
  claim: ClaimListFieldsFragment;
  showEmployee: boolean;
  onDecide?: (decision: ClaimDecision) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card variant="outlined" data-testid="claim-card">
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 0.5 }}>
          <ClaimStatusChip status={claim.status} />
          {claim.onBehalf && <Chip size="small" label={t('claim.onBehalfChip')} />}
          <Typography variant="body2" color="text.secondary">
            {claim.form.name}
          </Typography>
        </Box>
        <Typography variant="h3" component="h2" sx={{ overflowWrap: 'anywhere' }}>
          <Link to={`/klaim/${claim.id}`} style={{ color: 'inherit' }}>
            {claim.title}
          </Link>
        </Typography>
        {showEmployee && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {claim.employee.name} · <span style={{ fontFamily: 'monospace' }}>{formatNip(claim.employee.nip)}</span> ·{' '}
            {claim.employee.opd.name}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {[dateRange(claim.startDate, claim.endDate), claim.organiser].filter(Boolean).join(' · ')}
        </Typography>
        <Typography variant="body1" sx={{ mt: 0.5, fontWeight: 600 }}>
          {claim.jp != null ? formatJp(claim.jp) : '–'}
          {claim.status === 'SUBMITTED' && (
            <Typography component="span" variant="body2" color="text.secondary">
              {' '}
              ({t('claim.pending')})
            </Typography>
          )}
        </Typography>
        {onDecide && (
          <Box sx={{ mt: 1.5 }}>
            <Typography variant="subtitle2" gutterBottom>
              {t('claim.evidence')}
            </Typography>
            <ClaimEvidence evidence={claim.evidence} />
          </Box>
        )}
      </CardContent>
      {onDecide && claim.viewerCan.decide && (
        <CardActions sx={{ px: 2, pb: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button variant="contained" onClick={() => onDecide('approve')}>
            {t('claim.decide.approve')}
          </Button>
          <Button onClick={() => onDecide('return')}>{t('claim.decide.return')}</Button>
          <Button color="error" onClick={() => onDecide('reject')}>
            {t('claim.decide.reject')}
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
