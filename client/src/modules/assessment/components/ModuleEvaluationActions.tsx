import { Button, Stack } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SkipEvaluationMutation, SubmitEvaluationMutation } from '../graphql/evaluation';
import { EvaluationDialog, type EvaluationForm } from './EvaluationDialog';

/**
 * Evaluate a completed module (the form in a dialog) or skip it, wherever it is asked for; `onDone`
 * says which happened once the server has it. Both refresh the modules still due.
 */
export function ModuleEvaluationActions({
  form,
  moduleId,
  title,
  onDone,
}: {
  form: EvaluationForm;
  moduleId: string;
  title: string;
  onDone: (outcome: 'sent' | 'skipped') => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [skip, skipping] = useMutation(SkipEvaluationMutation, { refetchQueries: ['MyEvaluations'] });
  const [submit] = useMutation(SubmitEvaluationMutation, { refetchQueries: ['MyEvaluations'] });
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" size="small" onClick={() => setOpen(true)}>
          {t('assessment.evaluation.evaluate')}
        </Button>
        <Button
          size="small"
          disabled={skipping.loading}
          aria-label={t('assessment.evaluation.skipModule', { title })}
          onClick={() =>
            void skip({ variables: { input: { moduleId } } })
              .then(() => onDone('skipped'))
              .catch(() => undefined)
          }
        >
          {t('assessment.evaluation.skip')}
        </Button>
      </Stack>
      {skipping.error && <ErrorAlert error={skipping.error} />}
      {open && (
        <EvaluationDialog
          form={form}
          title={title}
          conflict={t('assessment.evaluation.conflict')}
          send={(answers) => submit({ variables: { input: { moduleId, ...answers } } })}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            onDone('sent');
          }}
        />
      )}
    </>
  );
}
