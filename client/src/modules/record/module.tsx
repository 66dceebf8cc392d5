import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import id from './locales/id.json';

const PlanPage = lazyPage(() => import('./pages/PlanPage'), 'PlanPage');
const PlansPage = lazyPage(() => import('./pages/PlansPage'), 'PlansPage');

/** Development plans and their approval. */
export const recordModule = defineModule({
  name: 'record',
  routes: [
    {
      path: 'rencana',
      page: PlansPage,
      nav: { label: 'nav.plans', icon: <AssignmentOutlined />, order: 40, audience: ['LEARNER', 'SUPERVISOR', 'COMMITTEE', 'ADMIN'] },
    },
    { path: 'rencana/:id', page: PlanPage },
  ],
  locales: { id, en: () => import('./locales/en.json') },
});
