import { Box, Skeleton } from '@mui/material';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { type HomeCard, useHomeCards } from '../../../app/manifest';
import { START_CARDS } from '../../../app/startCards';
import { Later } from '../../../ui/Later';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * The start page: a greeting, then the cards the modules contribute for this user's roles (the
 * learner's dashboard for users with an employee record, shortcuts to where their roles lead).
 * The browser remembers which, so the next visit asks for the first card's query at once.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const cards = useHomeCards();
  const ids = cards.map((c) => c.id).join(',');
  useEffect(() => {
    localStorage.setItem(START_CARDS, ids);
  }, [ids]);
  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: user?.displayName ?? '' })}
        subtitle={user?.employee ? `${user.employee.position?.name ?? ''} · ${user.employee.opd.name}` : t('home.subtitle')}
      />
      <Cards cards={cards} from={0} />
    </>
  );
}

/** The cards from `from` on: each after the one before it is on screen, so none holds up the first. */
function Cards({ cards, from }: { cards: HomeCard[]; from: number }) {
  if (from >= cards.length) return null;
  const { id, component: Card } = cards[from];
  return (
    <>
      <Box key={id} sx={from < cards.length - 1 ? { mb: 4 } : undefined}>
        <Suspense fallback={<Skeleton variant="rounded" height={160} />}>
          <Card />
        </Suspense>
      </Box>
      <Later>
        <Cards cards={cards} from={from + 1} />
      </Later>
    </>
  );
}
