import { CERTIFICATE_LIMITS } from '@komunitas-pintar/domain';
import { Typography } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { RevokeCertificateMutation } from '../graphql/certificates';

/** An administrator revokes a certificate, saying why; the verification page then shows it revoked. */
export function RevokeDialog({
  certificate,
  onClose,
}: {
  certificate: { id: string; number: string; holderName: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [revoke, { loading }] = useMutation(RevokeCertificateMutation);
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'certificate');
  return (
    <FormDialog
      title={t('certificate.revoke.title')}
      busy={loading}
      error={error}
      explain={{ CONFLICT: t('certificate.revoke.conflict') }}
      canSubmit={reason.trim().length > 0 && reason.length <= CERTIFICATE_LIMITS.revokeReasonMax}
      submitLabel={t('certificate.revoke.action')}
      onSubmit={() => {
        setError(null);
        revoke({ variables: { input: { certificateId: certificate.id, reason: reason.trim() } } }).then(onClose, setError);
      }}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {t('certificate.revoke.body', { number: certificate.number, name: certificate.holderName })}
      </Typography>
      <LimitedTextField
        label={t('certificate.revoke.reason')}
        required
        multiline
        minRows={3}
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={!!errors.reason}
        helperText={errors.reason ?? t('certificate.revoke.reasonHelp')}
        maxChars={CERTIFICATE_LIMITS.revokeReasonMax}
      />
    </FormDialog>
  );
}
