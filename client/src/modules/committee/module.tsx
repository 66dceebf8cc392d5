import PersonSearchOutlined from '@mui/icons-material/PersonSearchOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import id from './locales/id.json';

const TalentSearchPage = lazyPage(() => import('./pages/TalentSearchPage'), 'TalentSearchPage');
const EmployeeHistoryPage = lazyPage(() => import('./pages/EmployeeHistoryPage'), 'EmployeeHistoryPage');

/** The career committee: talent search and employee histories (read-only, every read audited). */
export const committeeModule = defineModule({
  name: 'committee',
  routes: [
    {
      path: 'komite/pencarian',
      page: TalentSearchPage,
      roles: ['COMMITTEE', 'ADMIN'],
      nav: { label: 'committee.nav.search', icon: <PersonSearchOutlined />, order: 70 },
    },
    { path: 'komite/pegawai/:employeeId', page: EmployeeHistoryPage, roles: ['COMMITTEE', 'ADMIN'] },
  ],
  locales: { id, en: () => import('./locales/en.json') },
});
