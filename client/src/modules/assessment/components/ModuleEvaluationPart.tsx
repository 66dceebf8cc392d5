import { Alert, Box } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartOf } from '../../../app/PageParts';
import { MyEvaluationsQuery } from '../graphql/evaluation';
import { ModuleEvaluationActions } from './ModuleEvaluationActions';

/**
 * Where a learner completed a module (its page, and the dialog shown the moment it completes): the
 * evaluation of the module while it is due, answered or skipped there. Nothing once it is not.
 */
export function ModuleEvaluationPart() {
  const { t } = useTranslation();
  const { moduleId } = usePartOf('completedModule');
  // The module may have completed a moment ago: ask the server, not what an earlier page read.
  const { data } = useQuery(MyEvaluationsQuery, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<'sent' | 'skipped' | null>(null);
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
      <Box sx={{ mt: 1 }}>
        <ModuleEvaluationActions form={form} moduleId={moduleId} title={due.title} onDone={setDone} />
      </Box>
    </Alert>
  );
}
