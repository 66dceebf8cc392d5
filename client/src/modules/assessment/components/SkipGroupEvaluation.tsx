import { Button } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SkipGroupEvaluationMutation } from '../graphql/evaluation';

/**
 * Declines to evaluate a completed group, wherever it is asked for; it is not asked again. Refreshes
 * the evaluations due and the group's evaluation part.
 */
export function SkipGroupEvaluation({ groupId, title, onSkipped }: { groupId: string; title: string; onSkipped?: () => void }) {
  const { t } = useTranslation();
  const [skip, skipping] = useMutation(SkipGroupEvaluationMutation, { refetchQueries: ['MyEvaluations', 'GroupEvaluation'] });
  return (
    <>
      <Button
        size="small"
        disabled={skipping.loading}
        aria-label={t('assessment.evaluation.skipGroup', { title })}
        onClick={() =>
          void skip({ variables: { input: { groupId } } })
            .then(() => onSkipped?.())
            .catch(() => undefined)
        }
      >
        {t('assessment.evaluation.skip')}
      </Button>
      {skipping.error && <ErrorAlert error={skipping.error} />}
    </>
  );
}
