import { Box, Skeleton } from '@mui/material';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { useHomeCards } from '../../../app/manifest';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * The start page: a greeting, then the cards the modules contribute for this user's roles (the
 * learner's dashboard for users with an employee record, shortcuts to where their roles lead).
 */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const cards = useHomeCards();
  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: user?.displayName ?? '' })}
        subtitle={user?.employee ? `${user.employee.position?.name ?? ''} · ${user.employee.opd.name}` : t('home.subtitle')}
      />
      {cards.map(({ id, component: Card }, i) => (
        <Box key={id} sx={i < cards.length - 1 ? { mb: 4 } : undefined}>
          <Suspense fallback={<Skeleton variant="rounded" height={160} />}>
            <Card />
          </Suspense>
        </Box>
      ))}
    </>
  );
}
