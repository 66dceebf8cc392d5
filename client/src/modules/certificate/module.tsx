import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const CertificatesPage = lazyPage(() => import('./pages/CertificatesPage'), 'CertificatesPage');
const VerifyPage = lazyPage(() => import('./pages/VerifyPage'), 'VerifyPage');

/** Registered certificates: one's own with download and share link, the register, and the public verification page. */
export const certificateModule = defineModule({
  name: 'certificate',
  routes: [
    { path: 'verify/:code', page: VerifyPage, public: true },
    {
      path: 'sertifikat',
      page: CertificatesPage,
      nav: { label: 'nav.certificate.certificates', icon: <WorkspacePremiumOutlined />, order: 47 },
    },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
});
