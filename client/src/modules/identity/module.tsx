import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import id from './locales/id.json';

const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const ProfilePage = lazyPage(() => import('./pages/ProfilePage'), 'ProfilePage');
const AccountsPage = lazyPage(() => import('./pages/AccountsPage'), 'AccountsPage');
const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
const AccountFiguresCard = lazyPart(() => import('./components/AccountFiguresCard'), 'AccountFiguresCard');

/** Logging in, one's own account, and the administrators' account management. */
export const identityModule = defineModule({
  name: 'identity',
  routes: [
    { path: 'login', page: LoginPage, public: true },
    { path: 'profil', page: ProfilePage, nav: { label: 'profile.nav', icon: <AccountCircleOutlined />, order: 1000 } },
    {
      path: 'admin/akun',
      page: AccountsPage,
      roles: ['ADMIN'],
      nav: { label: 'accounts.nav', icon: <ManageAccountsOutlined />, order: 85 },
    },
    { path: 'admin/akun/:id', page: AccountPage, roles: ['ADMIN'] },
  ],
  locales: { id, en: () => import('./locales/en.json') },
  home: [{ id: 'account-figures', roles: ['ADMIN'], order: 6, component: AccountFiguresCard }],
});
