import { Alert, Button, Stack } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartOf } from '../../../app/PageParts';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MyEvaluationsQuery, SkipEvaluationMutation, SubmitEvaluationMutation } from '../graphql/evaluation';
import { EvaluationDialog } from './EvaluationDialog';

/**
 * Where a learner completed a module (its page, and the dialog shown the moment it completes): the
 * evaluation of the module while it is due, answered or skipped there. Nothing once it is not.
 */
export function ModuleEvaluationPart() {
  const { t } = useTranslation();
  const { moduleId } = usePartOf('completedModule');
  // The module may have completed a moment ago: ask the server, not what an earlier page read.
  const { data } = useQuery(MyEvaluationsQuery, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<'sent' | 'skipped' | null>(null);
  const [skip, skipping] = useMutation(SkipEvaluationMutation, { refetchQueries: ['MyEvaluations'] });
  const [submit] = useMutation(SubmitEvaluationMutation, { refetchQueries: ['MyEvaluations'] });
  const form = data?.myEvaluations;
  const due = form?.due.find((m) => m.moduleId === moduleId);
  if (done)
    return (
      <Alert severity="success" sx={{ my: 2, textAlign: 'left' }} data-testid="module-evaluation">
        {t(done === 'sent' ? 'assessment.evaluation.thanks' : 'assessment.evaluation.skipped')}
      </Alert>
    );
  if (!form || !due) return null;
  return (
    <Alert severity="info" icon={false} sx={{ my: 2, textAlign: 'left' }} data-testid="module-evaluation">
      {t('assessment.evaluation.askModule')}
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" size="small" onClick={() => setOpen(true)}>
          {t('assessment.evaluation.evaluate')}
        </Button>
        <Button
          size="small"
          disabled={skipping.loading}
          aria-label={t('assessment.evaluation.skipModule', { title: due.title })}
          onClick={() =>
            void skip({ variables: { input: { moduleId } } })
              .then(() => setDone('skipped'))
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
          title={due.title}
          conflict={t('assessment.evaluation.conflict')}
          send={(answers) => submit({ variables: { input: { moduleId, ...answers } } })}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            setDone('sent');
          }}
        />
      )}
    </Alert>
  );
}
