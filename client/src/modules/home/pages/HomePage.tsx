import { Box, Skeleton } from '@mui/material';
import { type RefObject, Suspense, useEffect, useRef, useState } from 'react';
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

/** How long a card below waits for the card above to show its content before it comes anyway. */
const CARD_WAIT_MS = 15_000;

/**
 * Whether what `ref` holds has shown its content: no part of it is loading (marked `aria-busy`, as
 * the cells' skeletons are), or `CARD_WAIT_MS` have passed since it came, so a card that keeps
 * loading (or a change missed) delays the cards below it but never holds them back. Once true it
 * stays true.
 */
function useShown(ref: RefObject<HTMLElement | null>): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (shown || !element) return;
    const check = () => {
      if (element.querySelector('[aria-busy="true"]')) return false;
      setShown(true);
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    const timer = setTimeout(() => setShown(true), CARD_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [ref, shown]);
  return shown;
}

/**
 * The cards from `from` on: each after the one before it has shown its content, so none holds up
 * the first, and a card growing from its skeleton to its content moves no card below it (there is
 * none yet). The code of all cards below the first is asked for when the first shows.
 */
function Cards({ cards, from }: { cards: HomeCard[]; from: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useShown(ref);
  // The first card's code came with the page (`HomeRoute`); the others' all at once when it shows.
  useEffect(() => {
    if (shown && from === 0) for (const card of cards.slice(1)) card.component.preload();
  }, [shown, from, cards]);
  if (from >= cards.length) return null;
  const { id, component: Card } = cards[from];
  return (
    <>
      <Box key={id} ref={ref} sx={from < cards.length - 1 ? { mb: 4 } : undefined}>
        <Suspense fallback={<Skeleton variant="rounded" height={160} aria-busy="true" />}>
          <Card />
        </Suspense>
      </Box>
      {shown && (
        <Later>
          <Cards cards={cards} from={from + 1} />
        </Later>
      )}
    </>
  );
}
