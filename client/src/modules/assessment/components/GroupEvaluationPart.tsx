import { useQuery } from '@apollo/client/react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartOf } from '../../../app/PageParts';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { GroupEvaluationQuery } from '../graphql/evaluation';

// Most groups' pages show none of them: their code loads when one is shown.
const ParticipantCard = lazy(() => import('./GroupEvaluationCards').then((m) => ({ default: m.ParticipantCard })));
const ResultsCard = lazy(() => import('./GroupEvaluationCards').then((m) => ({ default: m.ResultsCard })));

/**
 * On a community group's page, once the group completed: its participants evaluate the trainer and
 * the programme once (the modules' form), and its trainer, monitor and administrators read the
 * results in aggregate with the participants' learning gain. The server decides who sees what;
 * before the group completes, and for anyone else, nothing shows.
 */
export function GroupEvaluationPart() {
  const { t } = useTranslation();
  const { groupId } = usePartOf('communityGroup');
  const { data, error } = useQuery(GroupEvaluationQuery, { variables: { groupId } });
  if (error)
    return (
      <SectionCard title={t('assessment.groupEvaluation.title')}>
        <ErrorAlert error={error} />
      </SectionCard>
    );
  const view = data?.groupEvaluation;
  if (!view) return null;
  return (
    <>
      {(view.viewerCan.evaluate || view.evaluated) && <ParticipantCard view={view} />}
      {view.viewerCan.readResults && <ResultsCard groupId={groupId} />}
    </>
  );
}
