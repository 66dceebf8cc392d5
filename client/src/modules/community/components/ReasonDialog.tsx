import { COMMUNITY_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';

/** Asks for the reason of a decision (returning a proposal, cancelling a group) and sends it. */
export function ReasonDialog({
  title,
  submitLabel,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = pathFieldErrors(error, t, 'community');
  return (
    <FormDialog
      title={title}
      busy={busy}
      error={error}
      explain={{ CONFLICT: t('community.conflict') }}
      canSubmit={reason.trim().length >= COMMUNITY_LIMITS.reasonMin && reason.length <= COMMUNITY_LIMITS.reasonMax}
      submitLabel={submitLabel}
      onSubmit={() => onSubmit(reason.trim())}
      onClose={onClose}
    >
      <LimitedTextField
        label={t('community.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        multiline
        minRows={3}
        autoFocus
        error={!!errors.reason}
        helperText={errors.reason ?? t('community.reasonHelp')}
        maxChars={COMMUNITY_LIMITS.reasonMax}
      />
    </FormDialog>
  );
}
