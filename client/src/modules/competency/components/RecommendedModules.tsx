import { Chip, Grid, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CompetencyGapQuery } from '../../../gql/graphql';
import { ModuleCard } from '../../learning/components/ModuleCard';
import { SectionCard } from '../../../ui/SectionCard';

type Recommendation = CompetencyGapQuery['competencyGap']['recommendedModules'][number];

/** Published modules that close the gap, best first (the server decides the order). */
export function RecommendedModules({ items }: { items: Recommendation[] }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('competency.recommend.title')} data-testid="recommended-modules">
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('competency.recommend.none')}
        </Typography>
      ) : (
        <Grid container spacing={2}>
          {items.map((r) => (
            <Grid key={r.module.id} size={{ xs: 12, sm: 6, lg: 4 }}>
              <Stack spacing={1} sx={{ height: '100%' }}>
                <ModuleCard module={r.module} />
                <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                  <Typography variant="caption" color="text.secondary">
                    {t('competency.recommend.closes', { count: r.closesLevels })}
                  </Typography>
                  {r.competencyCodes.map((code) => (
                    <Chip key={code} size="small" variant="outlined" label={code} />
                  ))}
                </Stack>
              </Stack>
            </Grid>
          ))}
        </Grid>
      )}
    </SectionCard>
  );
}
