import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import id from './locales/id.json';

const PlanPage = lazyPage(() => import('./pages/PlanPage'), 'PlanPage');
const PlansPage = lazyPage(() => import('./pages/PlansPage'), 'PlansPage');
const ClaimsPage = lazyPage(() => import('./pages/ClaimsPage'), 'ClaimsPage');
const ClaimPage = lazyPage(() => import('./pages/ClaimPage'), 'ClaimPage');
const TeamCard = lazyPart(() => import('./components/TeamCard'), 'TeamCard');
const RegencyCard = lazyPart(() => import('./components/RegencyCard'), 'RegencyCard');

/** Development plans and learning claims, and their approval. */
export const recordModule = defineModule({
  name: 'record',
  routes: [
    {
      path: 'rencana',
      page: PlansPage,
      nav: { label: 'nav.plans', icon: <AssignmentOutlined />, order: 40, audience: ['LEARNER', 'SUPERVISOR', 'COMMITTEE', 'ADMIN'] },
    },
    { path: 'rencana/:id', page: PlanPage },
    { path: 'klaim', page: ClaimsPage, nav: { label: 'nav.claims', icon: <FactCheckOutlined />, order: 45 } },
    { path: 'klaim/:id', page: ClaimPage },
  ],
  locales: { id, en: () => import('./locales/en.json') },
  home: [
    { id: 'supervisor-team', roles: ['SUPERVISOR'], order: 5, component: TeamCard },
    { id: 'regency-jp', roles: ['ADMIN'], order: 5, component: RegencyCard },
  ],
});
