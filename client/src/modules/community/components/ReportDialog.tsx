import { TextField } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { FileSessionReportMutation } from '../graphql/sessions';

/** The group trainer reports a closed session: what was learned, and links to photos or files. */
export function ReportDialog({
  sessionId,
  initial,
  onClose,
  onDone,
}: {
  sessionId: string;
  initial?: { report: string; evidenceLinks: string[] };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [file, filing] = useMutation(FileSessionReportMutation, { refetchQueries: ['GroupSessions', 'GroupMonitoring'] });
  const [report, setReport] = useState(initial?.report ?? '');
  const [links, setLinks] = useState((initial?.evidenceLinks ?? []).join('\n'));
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const submit = async () => {
    setError(null);
    try {
      const evidenceLinks = links
        .split(/\s+/)
        .map((l) => l.trim())
        .filter(Boolean);
      await file({ variables: { input: { sessionId, report, evidenceLinks } } });
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <FormDialog
      title={t('community.report.title')}
      busy={filing.loading}
      error={error}
      canSubmit={report.trim().length >= 10}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('community.report.file')}
    >
      <TextField
        label={t('community.report.text')}
        value={report}
        onChange={(e) => setReport(e.target.value)}
        multiline
        minRows={4}
        required
        error={!!errors.report}
        helperText={errors.report ?? t('community.report.textHelp')}
      />
      <TextField
        label={t('community.report.links')}
        value={links}
        onChange={(e) => setLinks(e.target.value)}
        multiline
        minRows={2}
        error={!!errors.evidenceLinks}
        helperText={errors.evidenceLinks ?? t('community.report.linksHelp')}
      />
    </FormDialog>
  );
}
