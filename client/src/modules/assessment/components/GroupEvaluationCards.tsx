// The cards of a completed group's evaluation (`GroupEvaluationPart`), loaded when a group's page shows one.
import { Box, Button, Stack, Typography } from '@mui/material';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupEvaluationQuery as View } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { GroupEvaluationResultsQuery, SubmitGroupEvaluationMutation } from '../graphql/evaluation';
import { EvaluationAggregate } from './EvaluationAggregate';
import { GainFigures } from './GainFigures';
import { EvaluationDialog } from './EvaluationDialog';
import { SkipGroupEvaluation } from './SkipGroupEvaluation';

/** A participant's card: the action to evaluate the group once (or to decline), then a thank-you. */
export function ParticipantCard({ view }: { view: NonNullable<View['groupEvaluation']> }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [open, setOpen] = useState(false);
  const [submit] = useMutation(SubmitGroupEvaluationMutation, { refetchQueries: ['GroupEvaluation'] });
  return (
    <SectionCard title={t('assessment.groupEvaluation.title')} data-testid="group-evaluation">
      {view.evaluated ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <CheckCircleOutlined color="success" aria-hidden />
          <Typography>{t('assessment.groupEvaluation.done')}</Typography>
        </Box>
      ) : (
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Typography color="text.secondary">{t('assessment.groupEvaluation.invite')}</Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Button variant="contained" onClick={() => setOpen(true)}>
              {t('assessment.groupEvaluation.action')}
            </Button>
            <SkipGroupEvaluation groupId={view.groupId} title={view.title} />
          </Stack>
        </Stack>
      )}
      {open && (
        <EvaluationDialog
          form={view}
          title={view.title}
          intro={t('assessment.groupEvaluation.intro')}
          commentHint={t('assessment.groupEvaluation.commentHint')}
          conflict={t('assessment.groupEvaluation.conflict')}
          send={(answers) => submit({ variables: { input: { groupId: view.groupId, ...answers } } })}
          onClose={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            notice.show(t('assessment.evaluation.thanks'));
          }}
        />
      )}
      {notice.element}
    </SectionCard>
  );
}

/** The group's trainer, monitor and administrators: the evaluation in aggregate and the participants' learning gain. */
export function ResultsCard({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const result = useQuery(GroupEvaluationResultsQuery, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  return (
    <SectionCard title={t('assessment.groupEvaluation.resultsTitle')} data-testid="group-evaluation-results">
      <Cell result={result} loading={<SkeletonRows rows={4} />}>
        {({ groupEvaluationResults: r }) => (
          <Stack spacing={3}>
            <Stack spacing={1}>
              {!r.released && (
                <Typography color="text.secondary">
                  {t('assessment.groupEvaluation.responded', { count: r.responses, participants: r.participants })}
                </Typography>
              )}
              <EvaluationAggregate
                results={r}
                released={t('assessment.groupEvaluation.responded', { count: r.responses, participants: r.participants })}
              />
            </Stack>
            <Box component="section" aria-labelledby={`group-gain-${groupId}`}>
              <Typography variant="h3" id={`group-gain-${groupId}`} gutterBottom>
                {t('assessment.groupEvaluation.gainTitle')}
              </Typography>
              {r.learningGain.length === 0 ? (
                <Typography color="text.secondary">{t('assessment.groupEvaluation.noTests')}</Typography>
              ) : (
                <Stack spacing={2}>
                  {r.learningGain.map(({ moduleId, title, summary }) => (
                    <Box key={moduleId}>
                      <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600, overflowWrap: 'anywhere', mb: 1 }}>
                        {title}
                      </Typography>
                      {summary.learners === 0 ? (
                        <Typography color="text.secondary">{t('assessment.groupEvaluation.noLearners')}</Typography>
                      ) : (
                        <GainFigures summary={summary} />
                      )}
                    </Box>
                  ))}
                </Stack>
              )}
            </Box>
          </Stack>
        )}
      </Cell>
    </SectionCard>
  );
}
