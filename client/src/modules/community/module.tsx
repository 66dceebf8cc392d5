import Diversity3Outlined from '@mui/icons-material/Diversity3Outlined';
import QrCodeScannerOutlined from '@mui/icons-material/QrCodeScannerOutlined';
import SavingsOutlined from '@mui/icons-material/SavingsOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const GroupsPage = lazyPage(() => import('./pages/GroupsPage'), 'GroupsPage');
const GroupPage = lazyPage(() => import('./pages/GroupPage'), 'GroupPage');
const CheckInPage = lazyPage(() => import('./pages/CheckInPage'), 'CheckInPage');
const SessionConsolePage = lazyPage(() => import('./pages/SessionConsolePage'), 'SessionConsolePage');
const FundingReportPage = lazyPage(() => import('./pages/FundingReportPage'), 'FundingReportPage');

/**
 * Smart community groups: the catalog, each group's page per role (sessions, monitoring, the
 * attendance grid), the phone check-in page, the trainer's session console and BKD's funding report.
 */
export const communityModule = defineModule({
  name: 'community',
  routes: [
    {
      path: 'kelompok',
      page: GroupsPage,
      nav: { label: 'nav.community.groups', icon: <Diversity3Outlined />, order: 15, also: ['/kelompok/'] },
    },
    {
      path: 'kelompok/pendanaan',
      page: FundingReportPage,
      roles: ['ADMIN', 'COMMITTEE'],
      nav: { label: 'nav.community.groupFunding', icon: <SavingsOutlined />, order: 17 },
    },
    { path: 'kelompok/:id', page: GroupPage },
    { path: 'kelompok/:id/sesi/:sessionId', page: SessionConsolePage },
    {
      path: 'absen',
      page: CheckInPage,
      nav: { label: 'nav.community.checkIn', icon: <QrCodeScannerOutlined />, order: 16, audience: ['LEARNER'] },
    },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['organisation', 'competency'],
});
