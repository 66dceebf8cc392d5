import { useApolloClient } from '@apollo/client/react';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { askFirstQuery, defineModule, useHomeCards } from '../../app/manifest';
import menu from './locales/menu.id.json';

const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const Shortcuts = lazyPart(() => import('./components/Shortcuts'), 'Shortcuts');
const CommitteeCard = lazyPart(() => import('./components/CommitteeCard'), 'CommitteeCard');

/**
 * The start page, with its first card's code, strings and first query asked for alongside its own
 * code, so the card's data does not wait for the card's code. The cards below come once the first
 * has shown (`HomePage`): on a slow link they would otherwise share its bandwidth and hold it up.
 */
function HomeRoute() {
  const client = useApolloClient();
  const first = useHomeCards()[0];
  first?.component.preload();
  askFirstQuery(first, client);
  return <HomePage />;
}
HomeRoute.preload = () => HomePage.preload();

/** The start page: a greeting, then the home cards of every module the user's roles see. */
export const homeModule = defineModule({
  name: 'home',
  routes: [{ path: '', page: HomeRoute, nav: { label: 'nav.home.home', icon: <HomeOutlined />, order: 0 } }],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  home: [
    // Each role's own card comes first; a learner's gauge (order 10) second.
    { id: 'committee-search', roles: ['COMMITTEE'], order: 5, component: CommitteeCard },
    { id: 'shortcuts', order: 1000, component: Shortcuts },
  ],
});
