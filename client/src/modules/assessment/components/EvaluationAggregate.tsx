import {
  Alert,
  Box,
  List,
  ListItem,
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
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format';
import { useStatementText } from './statementText';

const EvaluationChart = lazy(() => import('./EvaluationChart').then((m) => ({ default: m.EvaluationChart })));

const mean = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value, 2));

/** What an evaluation's aggregate shows, whether of a module or of a group. */
export interface EvaluationAggregateView {
  title: string;
  responses: number;
  minResponses: number;
  released: boolean;
  items: { itemId: string; text: string; answers: number; mean?: number | null; distribution?: number[] | null }[];
  comments: string[];
}

/**
 * An evaluation in aggregate: the count until enough answered, then a chart, the figures per
 * statement and the comments without names. Nothing in it belongs to one respondent. `released`
 * words the count once shown in full (the number of responses by default).
 */
export function EvaluationAggregate({ results: r, released }: { results: EvaluationAggregateView; released?: string }) {
  const { t } = useTranslation();
  const statement = useStatementText();
  if (!r.released)
    return (
      <Alert severity="info" data-testid="evaluation-withheld">
        {t('assessment.evaluation.withheld', { count: r.responses, min: r.minResponses })}
      </Alert>
    );
  return (
    <Stack spacing={2}>
      <Typography>{released ?? t('assessment.evaluation.responses', { count: r.responses })}</Typography>
      <Suspense fallback={<Skeleton variant="rounded" height={56 + r.items.length * 32} />}>
        <Box role="img" aria-label={t('assessment.evaluation.chartLabel', { title: r.title })}>
          <EvaluationChart bars={r.items.map((item, i) => ({ label: String(i + 1), mean: item.mean ?? null }))} />
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
                  {i + 1}. {statement(item.itemId, item.text)}
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
