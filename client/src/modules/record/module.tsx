import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const PlanPage = lazyPage(() => import('./pages/PlanPage'), 'PlanPage');
const PlansPage = lazyPage(() => import('./pages/PlansPage'), 'PlansPage');
const ClaimsPage = lazyPage(() => import('./pages/ClaimsPage'), 'ClaimsPage');
const ClaimPage = lazyPage(() => import('./pages/ClaimPage'), 'ClaimPage');
const TeamCard = lazyPart(() => import('./components/TeamCard'), 'TeamCard');
const ComplianceCard = lazyPart(() => import('./components/ComplianceCard'), 'ComplianceCard');
const CompliancePage = lazyPage(() => import('./pages/CompliancePage'), 'CompliancePage');
const ComplianceOpdPage = lazyPage(() => import('./pages/ComplianceOpdPage'), 'ComplianceOpdPage');

/** Development plans and learning claims, their approval, and the JP compliance of the OPDs. */
export const recordModule = defineModule({
  name: 'record',
  routes: [
    {
      path: 'rencana',
      page: PlansPage,
      nav: {
        label: 'nav.record.plans',
        icon: <AssignmentOutlined />,
        order: 40,
        audience: ['LEARNER', 'SUPERVISOR', 'COMMITTEE', 'ADMIN'],
      },
    },
    { path: 'rencana/:id', page: PlanPage },
    { path: 'klaim', page: ClaimsPage, nav: { label: 'nav.record.claims', icon: <FactCheckOutlined />, order: 45 } },
    { path: 'klaim/:id', page: ClaimPage },
    {
      path: 'kepatuhan',
      page: CompliancePage,
      roles: ['ADMIN', 'SUPERVISOR'],
      nav: { label: 'nav.record.compliance', icon: <InsightsOutlined />, order: 46, also: ['/kepatuhan/'] },
    },
    { path: 'kepatuhan/:opdId', page: ComplianceOpdPage, roles: ['ADMIN', 'SUPERVISOR'] },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['organisation', 'competency', 'learning', 'home'],
  home: [
    { id: 'supervisor-team', roles: ['SUPERVISOR'], order: 5, component: TeamCard },
    { id: 'opd-compliance', roles: ['ADMIN'], order: 5, component: ComplianceCard },
  ],
});
