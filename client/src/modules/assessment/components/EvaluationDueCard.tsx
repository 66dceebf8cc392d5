import { Box, Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { MyEvaluationsQuery } from '../graphql/evaluation';
import { ModuleEvaluationActions } from './ModuleEvaluationActions';
import { SkipGroupEvaluation } from './SkipGroupEvaluation';

/** One learning to evaluate: its title, when it completed, and what to do. */
function DueRow({ title, completed, children }: { title: string; completed: string; children: ReactNode }) {
  return (
    <ListItem disableGutters divider sx={{ flexWrap: 'wrap', gap: 1 }}>
      <ListItemText
        primary={title}
        secondary={completed}
        slotProps={{ primary: { sx: { overflowWrap: 'anywhere', fontWeight: 500 } } }}
        sx={{ flex: '1 1 240px' }}
      />
      {children}
    </ListItem>
  );
}

/**
 * On a participant's home: the modules they completed and may evaluate, or skip, and the completed
 * community groups they took part in, evaluated on the group's page or skipped here. Nothing when none.
 */
export function EvaluationDueCard() {
  const { t } = useTranslation();
  const { data } = useQuery(MyEvaluationsQuery);
  const notice = useNotice();
  const form = data?.myEvaluations;
  if (!form || form.due.length + form.dueGroups.length === 0) return notice.element;
  return (
    <SectionCard title={t('assessment.evaluation.cardTitle')} data-testid="evaluation-due">
      <Box sx={{ color: 'text.secondary', typography: 'body2', mb: 1 }}>{t('assessment.evaluation.cardBody')}</Box>
      <List dense disablePadding>
        {form.due.map((m) => (
          <DueRow key={m.moduleId} title={m.title} completed={t('assessment.evaluation.completedOn', { date: formatDate(m.completedAt) })}>
            <ModuleEvaluationActions
              form={form}
              moduleId={m.moduleId}
              title={m.title}
              onDone={(outcome) => notice.show(t(outcome === 'sent' ? 'assessment.evaluation.thanks' : 'assessment.evaluation.skipped'))}
            />
          </DueRow>
        ))}
        {form.dueGroups.map((g) => (
          <DueRow
            key={g.groupId}
            title={g.title}
            completed={t('assessment.evaluation.groupCompletedOn', { date: formatDate(g.completedAt) })}
          >
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
              <Button
                variant="contained"
                size="small"
                component={Link}
                to={`/kelompok/${g.groupId}`}
                aria-label={t('assessment.evaluation.evaluateGroup', { title: g.title })}
              >
                {t('assessment.evaluation.evaluate')}
              </Button>
              <SkipGroupEvaluation groupId={g.groupId} title={g.title} onSkipped={() => notice.show(t('assessment.evaluation.skipped'))} />
            </Stack>
          </DueRow>
        ))}
      </List>
      {notice.element}
    </SectionCard>
  );
}
