import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const EmployeePage = lazyPage(() => import('./pages/EmployeePage'), 'EmployeePage');
const EmployeesPage = lazyPage(() => import('./pages/EmployeesPage'), 'EmployeesPage');
const ImportEmployeesPage = lazyPage(() => import('./pages/ImportEmployeesPage'), 'ImportEmployeesPage');
const OrganisationPage = lazyPage(() => import('./pages/OrganisationPage'), 'OrganisationPage');

/** OPDs, positions and employees, and the SIASN import. */
export const organisationModule = defineModule({
  name: 'organisation',
  routes: [
    {
      path: 'pegawai',
      page: EmployeesPage,
      can: 'browseEmployees',
      nav: { label: 'nav.organisation.employees', icon: <BadgeOutlined />, order: 70 },
    },
    { path: 'pegawai/:id', page: EmployeePage },
    {
      path: 'admin/opd',
      page: OrganisationPage,
      roles: ['ADMIN'],
      nav: { label: 'nav.organisation.organisation', icon: <ApartmentOutlined />, order: 80 },
    },
    {
      path: 'admin/impor-pegawai',
      page: ImportEmployeesPage,
      roles: ['ADMIN'],
      nav: { label: 'nav.organisation.import', icon: <UploadFileOutlined />, order: 90 },
    },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['identity', 'competency'],
});
