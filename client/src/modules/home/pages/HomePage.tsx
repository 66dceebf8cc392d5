import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { NAV_ITEMS } from '../../../app/navigation';
import { PageHeader } from '../../../ui/PageHeader';

/** The start page: a greeting and the places this user's roles lead to. */
export function HomePage() {
  const { t } = useTranslation();
  const { user, hasRole } = useAuth();
  const shortcuts = NAV_ITEMS.filter((i) => i.to !== '/' && (i.roles.length === 0 || hasRole(...i.roles)));
  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: user?.displayName ?? '' })}
        subtitle={user?.employee ? `${user.employee.position?.name ?? ''} · ${user.employee.opd.name}` : t('home.subtitle')}
      />
      <Grid container spacing={2}>
        {shortcuts.map((item) => (
          <Grid key={item.to} size={{ xs: 12, sm: 6, md: 4 }}>
            <Card variant="outlined">
              <CardActionArea component={Link} to={item.to}>
                <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
                  {item.icon}
                  <div>
                    <Typography variant="h3">{t(item.label)}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t(`${item.label}Hint`)}
                    </Typography>
                  </div>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}
