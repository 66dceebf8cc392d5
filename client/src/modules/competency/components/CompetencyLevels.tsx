import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

interface Level {
  id: string;
  level: number;
  description: string;
  indicators: string[];
}

/** The five levels of a competency, each with its description and behavioural indicators. */
export function CompetencyLevels({ levels }: { levels: Level[] }) {
  const { t } = useTranslation();
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  return (
    <Stack component="ol" spacing={0} sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('competency.levels')}>
      {sorted.map((l, i) => (
        <Box component="li" key={l.id} sx={{ display: 'flex', gap: 2 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box
              sx={{
                width: 36,
                height: 36,
                borderRadius: '50%',
                display: 'grid',
                placeItems: 'center',
                fontWeight: 700,
                flexShrink: 0,
                bgcolor: 'primary.main',
                color: 'primary.contrastText',
              }}
              aria-hidden
            >
              {l.level}
            </Box>
            {i < sorted.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 3, minWidth: 0, flex: 1 }}>
            <Typography variant="h3" component="h3" sx={{ mt: 0.75 }}>
              {t('competency.levelN', { level: l.level })}
            </Typography>
            <Typography variant="body1" sx={{ mt: 0.5 }}>
              {l.description}
            </Typography>
            {l.indicators.length > 0 && (
              <>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t('competency.indicators')}
                </Typography>
                <List dense disablePadding sx={{ listStyle: 'disc', pl: 2.5 }}>
                  {l.indicators.map((ind, j) => (
                    <ListItem key={j} disableGutters sx={{ display: 'list-item', py: 0.25 }}>
                      <ListItemText primary={ind} slotProps={{ primary: { variant: 'body2' } }} />
                    </ListItem>
                  ))}
                </List>
              </>
            )}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
