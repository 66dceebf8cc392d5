import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Stack,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, localToday } from '../../../ui/format';
import { CompetencyAssessmentsQuery } from '../graphql/competency';
import { LevelMeter } from './chips';
import { EvidenceFileLink } from './EvidenceFile';

interface Props {
  employeeId: string;
  competency: { id: string; name: string };
  /** The assessment that decides the current level, marked in the list. */
  decidingId?: string | null;
  onClose: () => void;
}

/** Every assessment of one competency of one employee, newest first. */
export function EvidenceHistoryDialog({ employeeId, competency, decidingId, onClose }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const result = useQuery(CompetencyAssessmentsQuery, { variables: { employeeId, competencyId: competency.id } });
  const today = localToday();
  return (
    <Dialog open onClose={onClose} fullScreen={fullScreen} maxWidth="sm" fullWidth aria-labelledby="evidence-history-title">
      <DialogTitle id="evidence-history-title">{t('competency.profile.historyTitle', { name: competency.name })}</DialogTitle>
      <DialogContent dividers>
        <Cell
          result={result}
          isEmpty={(d) => d.competencyAssessments.length === 0}
          empty={<EmptyState title={t('competency.profile.historyEmpty')} body={t('competency.profile.historyEmptyBody')} />}
        >
          {(data) => (
            <List disablePadding>
              {data.competencyAssessments.map((a) => {
                const expired = a.validUntil < today;
                return (
                  <ListItem key={a.id} divider disableGutters sx={{ display: 'block', py: 1.5 }}>
                    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                      <Typography variant="body1" sx={{ fontWeight: 600 }}>
                        {t(`competency.method.${a.method}`)}
                      </Typography>
                      <LevelMeter level={a.level} />
                    </Box>
                    <Typography variant="body2" color="text.secondary">
                      {formatDate(a.assessedOn)}
                      {a.assessorName ? ` · ${a.assessorName}` : ''} ·{' '}
                      {t('competency.profile.validUntil', { date: formatDate(a.validUntil) })}
                    </Typography>
                    {(a.id === decidingId || expired) && (
                      <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
                        {a.id === decidingId && <Chip size="small" color="primary" label={t('competency.profile.deciding')} />}
                        {expired && <Chip size="small" color="warning" variant="outlined" label={t('competency.profile.expired')} />}
                      </Stack>
                    )}
                    {a.evidence && (
                      <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {a.evidence}
                      </Typography>
                    )}
                    {a.evidenceFile && (
                      <Typography variant="body2" sx={{ mt: 0.5 }}>
                        <EvidenceFileLink file={a.evidenceFile} />
                      </Typography>
                    )}
                  </ListItem>
                );
              })}
            </List>
          )}
        </Cell>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
