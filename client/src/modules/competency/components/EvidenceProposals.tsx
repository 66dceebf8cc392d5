import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import { Box, Button, List, ListItem, ListItemIcon, ListItemText, Stack } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExplainedErrorAlert } from '../../../ui/ExplainedErrorAlert';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import {
  AcceptCompetencyEvidenceMutation,
  CompetencyEvidenceProposalsQuery,
  DeclineCompetencyEvidenceMutation,
} from '../graphql/competency';
import { LevelMeter } from './chips';

const REFETCH = ['CompetencyEvidenceProposals', 'CompetencyGap', 'CompetencyProfile', 'CompetencyAssessments'];

/**
 * Levels that finished modules propose for the profile, waiting for the supervisor: each names the
 * competency, the level and the module that built it. The learner sees them; whoever the server
 * lets decide (`viewerCanDecide`) accepts (the evidence is recorded and the level counts) or
 * declines. Nothing shows while none waits.
 */
export function EvidenceProposals({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const result = useQuery(CompetencyEvidenceProposalsQuery, { variables: { employeeId } });
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [accept, accepting] = useMutation(AcceptCompetencyEvidenceMutation, options);
  const [decline, declining] = useMutation(DeclineCompetencyEvidenceMutation, options);
  const [error, setError] = useState<unknown>(null);
  const items = result.data?.competencyEvidenceProposals ?? [];
  if (items.length === 0) return null;
  const busy = accepting.loading || declining.loading;
  const run = (action: (options: { variables: { id: string } }) => Promise<unknown>, id: string) => {
    setError(null);
    action({ variables: { id } }).catch(setError);
  };
  return (
    <SectionCard title={t('competency.proposals.title')} data-testid="evidence-proposals">
      {error != null && (
        <Box sx={{ mb: 1 }}>
          <ExplainedErrorAlert error={error} explain={{ CONFLICT: t('competency.proposals.conflict') }} />
        </Box>
      )}
      <List disablePadding>
        {items.map((p) => (
          <ListItem
            key={p.id}
            divider
            disableGutters
            sx={{ flexWrap: 'wrap', alignItems: 'flex-start', gap: 1 }}
            aria-label={t('competency.proposals.itemLabel', { name: p.competency.name, level: p.level })}
          >
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>
              <SchoolOutlined color="primary" />
            </ListItemIcon>
            <ListItemText
              sx={{ flex: '1 1 240px', minWidth: 0, overflowWrap: 'anywhere' }}
              primary={
                <>
                  <Link to={`/kompetensi/${p.competency.id}`}>{p.competency.name}</Link> ·{' '}
                  {t('competency.proposals.level', { level: p.level })}
                </>
              }
              secondary={
                <>
                  <LevelMeter level={p.level} />
                  <Box component="span" sx={{ display: 'block', mt: 0.25 }}>
                    {t('competency.proposals.source', { title: p.sourceTitle, date: formatDate(p.earnedOn) })}
                  </Box>
                </>
              }
            />
            {p.viewerCanDecide && (
              <Stack direction="row" spacing={1} sx={{ ml: 'auto', alignSelf: 'center' }}>
                <Button size="small" onClick={() => run(decline, p.id)} disabled={busy}>
                  {t('competency.proposals.decline')}
                </Button>
                <Button size="small" variant="contained" onClick={() => run(accept, p.id)} disabled={busy}>
                  {t('competency.proposals.accept')}
                </Button>
              </Stack>
            )}
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
