import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const CompetencyDictionaryPage = lazyPage(() => import('./pages/CompetencyDictionaryPage'), 'CompetencyDictionaryPage');
const CompetencyPage = lazyPage(() => import('./pages/CompetencyPage'), 'CompetencyPage');
const CompetencyProfilePage = lazyPage(() => import('./pages/CompetencyProfilePage'), 'CompetencyProfilePage');
const PositionPage = lazyPage(() => import('./pages/PositionPage'), 'PositionPage');
const PositionsPage = lazyPage(() => import('./pages/PositionsPage'), 'PositionsPage');

/** The competency dictionary, position standards and career paths, and people's competency profiles. */
export const competencyModule = defineModule({
  name: 'competency',
  routes: [
    {
      path: 'profil-kompetensi',
      page: CompetencyProfilePage,
      nav: {
        label: 'nav.competency.competencyProfile',
        icon: <InsightsOutlined />,
        order: 30,
        audience: ['LEARNER', 'TRAINER', 'SUPERVISOR'],
      },
    },
    {
      path: 'kompetensi',
      page: CompetencyDictionaryPage,
      nav: { label: 'nav.competency.dictionary', icon: <MenuBookOutlined />, order: 50 },
    },
    { path: 'kompetensi/:id', page: CompetencyPage },
    { path: 'jabatan', page: PositionsPage, nav: { label: 'nav.competency.positions', icon: <AccountTreeOutlined />, order: 60 } },
    { path: 'jabatan/:id', page: PositionPage },
    { path: 'pegawai/:employeeId/kompetensi', page: CompetencyProfilePage },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['organisation', 'learning'],
});
