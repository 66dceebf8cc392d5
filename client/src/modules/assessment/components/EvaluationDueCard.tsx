import { Box, Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { MyEvaluationsQuery, SkipEvaluationMutation, SubmitEvaluationMutation } from '../graphql/evaluation';
import { EvaluationDialog } from './EvaluationDialog';

/**
 * On a participant's home: the modules they completed and may evaluate, or skip, and the completed
 * community groups they took part in, evaluated on the group's page. Nothing when none.
 */
export function EvaluationDueCard() {
  const { t } = useTranslation();
  const { data } = useQuery(MyEvaluationsQuery);
  const [open, setOpen] = useState<{ moduleId: string; title: string } | null>(null);
  const [skip, skipping] = useMutation(SkipEvaluationMutation, { refetchQueries: ['MyEvaluations'] });
  const [submit] = useMutation(SubmitEvaluationMutation, { refetchQueries: ['MyEvaluations'] });
  const notice = useNotice();
  const form = data?.myEvaluations;
  if (!form || form.due.length + form.dueGroups.length === 0) return notice.element;
  return (
    <SectionCard title={t('assessment.evaluation.cardTitle')} data-testid="evaluation-due">
      <Box sx={{ color: 'text.secondary', typography: 'body2', mb: 1 }}>{t('assessment.evaluation.cardBody')}</Box>
      {skipping.error && <ErrorAlert error={skipping.error} />}
      <List dense disablePadding>
        {form.due.map((m) => (
          <ListItem key={m.moduleId} disableGutters divider sx={{ flexWrap: 'wrap', gap: 1 }}>
            <ListItemText
              primary={m.title}
              secondary={t('assessment.evaluation.completedOn', { date: formatDate(m.completedAt) })}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere', fontWeight: 500 } } }}
              sx={{ flex: '1 1 240px' }}
            />
            <Stack direction="row" spacing={1}>
              <Button variant="contained" size="small" onClick={() => setOpen({ moduleId: m.moduleId, title: m.title })}>
                {t('assessment.evaluation.evaluate')}
              </Button>
              <Button
                size="small"
                disabled={skipping.loading}
                aria-label={t('assessment.evaluation.skipModule', { title: m.title })}
                onClick={() =>
                  void skip({ variables: { input: { moduleId: m.moduleId } } })
                    .then(() => notice.show(t('assessment.evaluation.skipped')))
                    .catch(() => undefined)
                }
              >
                {t('assessment.evaluation.skip')}
              </Button>
            </Stack>
          </ListItem>
        ))}
        {form.dueGroups.map((g) => (
          <ListItem key={g.groupId} disableGutters divider sx={{ flexWrap: 'wrap', gap: 1 }}>
            <ListItemText
              primary={g.title}
              secondary={t('assessment.evaluation.groupCompletedOn', { date: formatDate(g.completedAt) })}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere', fontWeight: 500 } } }}
              sx={{ flex: '1 1 240px' }}
            />
            <Button
              variant="contained"
              size="small"
              component={Link}
              to={`/kelompok/${g.groupId}`}
              aria-label={t('assessment.evaluation.evaluateGroup', { title: g.title })}
            >
              {t('assessment.evaluation.evaluate')}
            </Button>
          </ListItem>
        ))}
      </List>
      {open && (
        <EvaluationDialog
          form={form}
          title={open.title}
          conflict={t('assessment.evaluation.conflict')}
          send={(answers) => submit({ variables: { input: { moduleId: open.moduleId, ...answers } } })}
          onClose={() => setOpen(null)}
          onSent={() => {
            setOpen(null);
            notice.show(t('assessment.evaluation.thanks'));
          }}
        />
      )}
      {notice.element}
    </SectionCard>
  );
}
