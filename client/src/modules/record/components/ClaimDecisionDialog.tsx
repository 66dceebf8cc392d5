import { CLAIM_LIMITS } from '@komunitas-pintar/domain';
import { TextField, Typography } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { formatJp } from '../../../ui/format';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { ApproveLearningClaimMutation, RejectLearningClaimMutation, ReturnLearningClaimMutation } from '../graphql/claims';

export type ClaimDecision = 'approve' | 'reject' | 'return';

/** A supervisor or administrator approves (setting the JP where the form asks for it), rejects or returns a claim, with a reason for the last two. */
export function ClaimDecisionDialog({
  claim,
  decision,
  onClose,
  onDone,
}: {
  claim: { id: string; title: string; jp?: number | null; employee: { name: string }; form: { creditMode?: string } };
  decision: ClaimDecision;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const setsJp = decision === 'approve' && claim.form.creditMode === 'AS_APPROVED';
  const [jp, setJp] = useState(claim.jp != null ? String(claim.jp) : '');
  const refetchQueries = ['LearningClaims', 'LearningClaim'];
  const [approve, approving] = useMutation(ApproveLearningClaimMutation, { refetchQueries });
  const [reject, rejecting] = useMutation(RejectLearningClaimMutation, { refetchQueries });
  const [giveBack, returning] = useMutation(ReturnLearningClaimMutation, { refetchQueries });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'claim');

  async function submit() {
    setError(null);
    try {
      if (decision === 'approve')
        await approve({ variables: { input: { claimId: claim.id, jp: setsJp && jp !== '' ? Number(jp) : null } } });
      else if (decision === 'reject') await reject({ variables: { input: { claimId: claim.id, reason: reason.trim() } } });
      else await giveBack({ variables: { input: { claimId: claim.id, reason: reason.trim() } } });
      onDone();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <FormDialog
      title={t(`claim.decide.${decision}Title`)}
      busy={approving.loading || rejecting.loading || returning.loading}
      error={error}
      explain={{ CONFLICT: t('claim.decide.conflict'), FORBIDDEN: t('claim.decide.forbidden') }}
      canSubmit={decision === 'approve' || (reason.trim().length > 0 && reason.length <= CLAIM_LIMITS.reasonMax)}
      submitLabel={t(`claim.decide.${decision}`)}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {t(`claim.decide.${decision}Body`, {
          name: claim.employee.name,
          title: claim.title,
          jp: claim.jp != null ? formatJp(claim.jp) : '–',
        })}
      </Typography>
      {setsJp && (
        <TextField
          type="number"
          label={t('claim.decide.jp')}
          value={jp}
          onChange={(e) => setJp(e.target.value)}
          error={!!errors.jp}
          helperText={errors.jp ?? t('claim.decide.jpHelp')}
          slotProps={{ htmlInput: { min: 0, max: 500, step: 0.1, inputMode: 'decimal' } }}
        />
      )}
      {decision !== 'approve' && (
        <LimitedTextField
          label={t('claim.decide.reason')}
          required
          multiline
          minRows={3}
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={!!errors.reason}
          helperText={errors.reason ?? t(`claim.decide.${decision}ReasonHelp`)}
          maxChars={CLAIM_LIMITS.reasonMax}
        />
      )}
    </FormDialog>
  );
}
