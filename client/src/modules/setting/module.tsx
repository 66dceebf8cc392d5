import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const ReferencePage = lazyPage(() => import('./pages/ReferencePage'), 'ReferencePage');

/** Reference data and settings: JP rules, learning forms, holidays. */
export const settingModule = defineModule({
  name: 'setting',
  routes: [
    {
      path: 'admin/referensi',
      page: ReferencePage,
      roles: ['ADMIN'],
      nav: { label: 'nav.setting.reference', icon: <TuneOutlined />, order: 100 },
    },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['organisation', 'competency'],
});
