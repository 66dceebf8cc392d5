import { PLAN_LIMITS } from '@komunitas-pintar/domain';
import { Typography } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { ApproveDevelopmentPlanMutation, ReturnDevelopmentPlanMutation } from '../graphql/plans';

/** A supervisor approves (comment optional) or returns (comment required) a submitted plan. */
export function PlanDecisionDialog({
  planId,
  decision,
  employeeName,
  onClose,
  onDone,
}: {
  planId: string;
  decision: 'approve' | 'return';
  employeeName: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const refetchQueries = ['DevelopmentPlans'];
  const [approve, approving] = useMutation(ApproveDevelopmentPlanMutation, { refetchQueries });
  const [giveBack, returning] = useMutation(ReturnDevelopmentPlanMutation, { refetchQueries });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'plan');
  const approveMode = decision === 'approve';

  async function submit() {
    setError(null);
    try {
      if (approveMode) await approve({ variables: { input: { planId, comment: comment.trim() || null } } });
      else await giveBack({ variables: { input: { planId, comment: comment.trim() } } });
      onDone();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <FormDialog
      title={approveMode ? t('plan.decide.approveTitle') : t('plan.decide.returnTitle')}
      busy={approving.loading || returning.loading}
      error={error}
      explain={{ CONFLICT: t('plan.conflict'), FORBIDDEN: t('plan.decide.forbidden') }}
      canSubmit={(approveMode || comment.trim().length >= PLAN_LIMITS.commentMin) && comment.length <= PLAN_LIMITS.commentMax}
      submitLabel={approveMode ? t('plan.decide.approve') : t('plan.decide.return')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {approveMode ? t('plan.decide.approveBody', { name: employeeName }) : t('plan.decide.returnBody', { name: employeeName })}
      </Typography>
      <LimitedTextField
        label={approveMode ? t('plan.decide.commentOptional') : t('plan.decide.commentRequired')}
        required={!approveMode}
        multiline
        minRows={3}
        autoFocus
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={!!errors.comment}
        helperText={errors.comment ?? (approveMode ? undefined : t('plan.decide.commentHelp', { min: PLAN_LIMITS.commentMin }))}
        maxChars={PLAN_LIMITS.commentMax}
      />
    </FormDialog>
  );
}
