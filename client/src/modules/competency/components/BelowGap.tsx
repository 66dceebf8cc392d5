import HistoryIcon from '@mui/icons-material/History';
import { Box, IconButton, List, ListItem, ListItemText } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompetencyGapQuery } from '../../../gql/graphql';
import { SectionCard } from '../../../ui/SectionCard';
import { CompetencyProfileQuery } from '../graphql/competency';
import { EvidenceText, LevelMeter } from './chips';
import { EvidenceFileLink } from './EvidenceFile';
import { RecommendedModules } from './RecommendedModules';

type OnHistory = (c: { id: string; name: string }, decidingId: string | null) => void;

/** Competencies with evidence that the compared position does not require. */
function OtherCompetencies({ employeeId, exclude, onHistory }: { employeeId: string; exclude: Set<string>; onHistory: OnHistory }) {
  const { t } = useTranslation();
  const result = useQuery(CompetencyProfileQuery, { variables: { employeeId } });
  const items = (result.data?.competencyProfile.items ?? []).filter((i) => !exclude.has(i.competency.id) && i.assessmentCount > 0);
  if (items.length === 0) return null;
  return (
    <SectionCard title={t('competency.profile.other')}>
      <List disablePadding>
        {items.map((i) => (
          <ListItem
            key={i.competency.id}
            divider
            disableGutters
            secondaryAction={
              <IconButton
                edge="end"
                aria-label={t('competency.profile.historyOf', { name: i.competency.name })}
                title={t('competency.profile.history')}
                onClick={() => onHistory(i.competency, i.evidence?.id ?? null)}
              >
                <HistoryIcon fontSize="small" />
              </IconButton>
            }
            sx={{ pr: 6 }}
          >
            <ListItemText
              primary={<Link to={`/kompetensi/${i.competency.id}`}>{i.competency.name}</Link>}
              secondary={
                <>
                  <LevelMeter level={i.currentLevel} /> <EvidenceText evidence={i.evidence} />
                  {i.evidence?.evidenceFile && (
                    <Box component="span" sx={{ display: 'block', mt: 0.25 }}>
                      <EvidenceFileLink file={i.evidence.evidenceFile} />
                    </Box>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}

/** What the profile shows below the gap table: modules that close the gap, then other competencies with evidence. */
export function BelowGap({
  employeeId,
  gap,
  onHistory,
}: {
  employeeId: string;
  gap: Pick<CompetencyGapQuery['competencyGap'], 'items' | 'recommendedModules'>;
  onHistory: OnHistory;
}) {
  return (
    <>
      <RecommendedModules items={gap.recommendedModules} />
      <OtherCompetencies employeeId={employeeId} exclude={new Set(gap.items.map((i) => i.competency.id))} onHistory={onHistory} />
    </>
  );
}
