import GroupWorkOutlined from '@mui/icons-material/GroupWorkOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import PersonSearchOutlined from '@mui/icons-material/PersonSearchOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const TalentSearchPage = lazyPage(() => import('./pages/TalentSearchPage'), 'TalentSearchPage');
const EmployeeHistoryPage = lazyPage(() => import('./pages/EmployeeHistoryPage'), 'EmployeeHistoryPage');
const TalentPoolPage = lazyPage(() => import('./pages/TalentPoolPage'), 'TalentPoolPage');
const AuditLogPage = lazyPage(() => import('./pages/AuditLogPage'), 'AuditLogPage');
const MyRecordViewsPage = lazyPage(() => import('./pages/MyRecordViewsPage'), 'MyRecordViewsPage');

/**
 * The career committee: talent search, talent pools and employee histories (read-only, every read
 * audited); the audit log for administrators; and for every employee, who looked at their history.
 */
export const committeeModule = defineModule({
  name: 'committee',
  routes: [
    {
      path: 'komite/pencarian',
      page: TalentSearchPage,
      roles: ['COMMITTEE', 'ADMIN'],
      nav: { label: 'nav.committee.talentSearch', icon: <PersonSearchOutlined />, order: 70 },
    },
    {
      path: 'komite/kumpulan-talenta',
      page: TalentPoolPage,
      roles: ['COMMITTEE', 'ADMIN'],
      nav: { label: 'nav.committee.talentPool', icon: <GroupWorkOutlined />, order: 71 },
    },
    { path: 'komite/pegawai/:employeeId', page: EmployeeHistoryPage, roles: ['COMMITTEE', 'ADMIN'] },
    {
      path: 'admin/audit',
      page: AuditLogPage,
      roles: ['ADMIN'],
      nav: { label: 'nav.committee.auditLog', icon: <HistoryOutlined />, order: 95 },
    },
    {
      path: 'akses-riwayat',
      page: MyRecordViewsPage,
      nav: { label: 'nav.committee.myRecordViews', icon: <VisibilityOutlined />, order: 990 },
    },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['competency', 'organisation'],
});
