import {
  Alert,
  Box,
  Button,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { EvaluationResultsQuery as Results } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { formatNumber } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { useUrlState } from '../../../ui/useUrlState';
import { EvaluatedModulesQuery, EvaluationResultsQuery } from '../graphql/evaluation';

const EvaluationChart = lazy(() => import('../components/EvaluationChart').then((m) => ({ default: m.EvaluationChart })));

const mean = (value: number | null) => (value == null ? '–' : formatNumber(value, 2));

/** A module's aggregate: the count until enough answered, then a chart, the figures per statement and the comments. */
function Results({ results: r }: { results: Results['evaluationResults'] }) {
  const { t } = useTranslation();
  if (!r.released)
    return (
      <Alert severity="info" data-testid="evaluation-withheld">
        {t('assessment.evaluation.withheld', { count: r.responses, min: r.minResponses })}
      </Alert>
    );
  return (
    <Stack spacing={2}>
      <Typography>{t('assessment.evaluation.responses', { count: r.responses })}</Typography>
      <Suspense fallback={<Skeleton variant="rounded" height={56 + r.items.length * 32} />}>
        <Box role="img" aria-label={t('assessment.evaluation.chartLabel', { title: r.title })}>
          <EvaluationChart bars={r.items.map((item, i) => ({ label: String(i + 1), mean: item.mean }))} />
        </Box>
      </Suspense>
      <TableContainer>
        <Table size="small" aria-label={t('assessment.evaluation.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('assessment.evaluation.statement')}</TableCell>
              <TableCell align="right">{t('assessment.evaluation.mean')}</TableCell>
              <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                {t('assessment.evaluation.distribution')}
              </TableCell>
              <TableCell align="right">{t('assessment.evaluation.answers')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {r.items.map((item, i) => (
              <TableRow key={item.itemId}>
                <TableCell sx={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
                  {i + 1}. {item.text}
                </TableCell>
                <TableCell align="right">{mean(item.mean)}</TableCell>
                <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' }, whiteSpace: 'nowrap' }}>
                  {item.distribution ? item.distribution.join(' · ') : '–'}
                </TableCell>
                <TableCell align="right">{item.answers}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="caption" color="text.secondary">
        {t('assessment.evaluation.distributionHint')}
      </Typography>
      <Box>
        <Typography variant="h3" component="h3" gutterBottom>
          {t('assessment.evaluation.comments')}
        </Typography>
        {r.comments.length === 0 ? (
          <Typography color="text.secondary">{t('assessment.evaluation.noComments')}</Typography>
        ) : (
          <List dense disablePadding>
            {r.comments.map((c, i) => (
              <ListItem key={i} disableGutters divider>
                <ListItemText primary={c} slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } }} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    </Stack>
  );
}

function ModuleResults({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const result = useQuery(EvaluationResultsQuery, { variables: { moduleId } });
  return (
    <SectionCard title={result.data?.evaluationResults.title ?? t('assessment.evaluation.resultsTitle')}>
      <Cell result={result} loading={<SkeletonRows rows={4} />}>
        {({ evaluationResults }) => <Results results={evaluationResults} />}
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
