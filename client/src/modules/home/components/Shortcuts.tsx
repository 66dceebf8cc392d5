import { Box, Card, CardActionArea, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNavItems } from '../../../app/manifest';

/** Compact shortcuts to the places this user's roles lead to: the menu, with a line each. */
export function Shortcuts() {
  const { t } = useTranslation();
  const shortcuts = useNavItems().filter((i) => i.to !== '/');
  return (
    <>
      <Typography variant="h2" component="h2" sx={{ mb: 1.5 }}>
        {t('home.shortcuts')}
      </Typography>
      <Grid container spacing={1.5} component="nav" aria-label={t('home.shortcuts')}>
        {shortcuts.map((item) => (
          <Grid key={item.to} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardActionArea
                component={Link}
                to={item.to}
                sx={{ height: '100%', display: 'flex', justifyContent: 'flex-start', gap: 1.5, px: 2, py: 1.25, color: 'primary.main' }}
              >
                {item.icon}
                <Box sx={{ minWidth: 0, color: 'text.primary' }}>
                  <Typography sx={{ fontWeight: 600 }}>{t(item.label)}</Typography>
                  {t(`${item.label}Hint`) && (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {t(`${item.label}Hint`)}
                    </Typography>
                  )}
                </Box>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}
