import { Button, List, ListItem, ListItemButton, ListItemText, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { Cell, SkeletonRows, useShownData } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { useUrlState } from '../../../ui/useUrlState';
import { EvaluationAggregate } from '../components/EvaluationAggregate';
import { EvaluatedModulesQuery, EvaluationResultsQuery } from '../graphql/evaluation';

function ModuleResults({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const result = useQuery(EvaluationResultsQuery, { variables: { moduleId } });
  const shown = useShownData(result);
  return (
    <SectionCard title={shown?.evaluationResults.title ?? t('assessment.evaluation.resultsTitle')}>
      <Cell result={result} loading={<SkeletonRows rows={4} />}>
        {({ evaluationResults }) => <EvaluationAggregate results={evaluationResults} />}
      </Cell>
    </SectionCard>
  );
}

/** Trainers see the evaluations of their modules in aggregate; administrators see every module's and edit the form. */
export function EvaluationResultsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const url = useUrlState();
  const result = useQuery(EvaluatedModulesQuery);
  const selected = url.get('modul');
  return (
    <>
      <PageHeader
        title={t('assessment.evaluation.pageTitle')}
        subtitle={t('assessment.evaluation.pageSubtitle')}
        actions={
          hasRole('ADMIN') ? (
            <Button variant="outlined" component={Link} to="/admin/formulir-evaluasi">
              {t('assessment.evaluation.editForm')}
            </Button>
          ) : undefined
        }
      />
      <Stack spacing={2}>
        <SectionCard title={t('assessment.evaluation.modules')}>
          <Cell
            result={result}
            loading={<SkeletonRows rows={3} />}
            isEmpty={(d) => d.evaluatedModules.length === 0}
            empty={<EmptyState title={t('assessment.evaluation.noModules')} />}
          >
            {({ evaluatedModules }) => (
              <List dense disablePadding>
                {evaluatedModules.map((m) => (
                  <ListItem key={m.moduleId} disablePadding divider>
                    <ListItemButton
                      selected={m.moduleId === selected}
                      aria-current={m.moduleId === selected ? 'true' : undefined}
                      onClick={() => url.set({ modul: m.moduleId })}
                    >
                      <ListItemText
                        primary={m.title}
                        secondary={`${m.code} · ${t('assessment.evaluation.responses', { count: m.responses })}`}
                        slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                      />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            )}
          </Cell>
        </SectionCard>
        {selected && <ModuleResults key={selected} moduleId={selected} />}
      </Stack>
    </>
  );
}
