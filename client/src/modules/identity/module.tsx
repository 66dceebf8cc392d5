import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const ProfilePage = lazyPage(() => import('./pages/ProfilePage'), 'ProfilePage');
const AccountsPage = lazyPage(() => import('./pages/AccountsPage'), 'AccountsPage');
const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
const AccountFiguresCard = lazyPart(() => import('./components/AccountFiguresCard'), 'AccountFiguresCard');

/** Logging in, one's own account, and the administrators' account management. */
export const identityModule = defineModule({
  name: 'identity',
  routes: [
    // Its strings are shared ones, so it waits only for its code.
    { path: 'login', page: LoginPage, public: true, strings: [] },
    { path: 'profil', page: ProfilePage, nav: { label: 'nav.identity.profile', icon: <AccountCircleOutlined />, order: 1000 } },
    {
      path: 'admin/akun',
      page: AccountsPage,
      roles: ['ADMIN'],
      nav: { label: 'nav.identity.accounts', icon: <ManageAccountsOutlined />, order: 85 },
    },
    { path: 'admin/akun/:id', page: AccountPage, roles: ['ADMIN'] },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['organisation', 'home'],
  home: [{ id: 'account-figures', roles: ['ADMIN'], order: 6, component: AccountFiguresCard }],
});
