import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';

const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const ProfilePage = lazyPage(() => import('./pages/ProfilePage'), 'ProfilePage');

/** Logging in and one's own account. */
export const identityModule = defineModule({
  name: 'identity',
  routes: [
    { path: 'login', page: LoginPage, public: true },
    { path: 'profil', page: ProfilePage, nav: { label: 'nav.profile', icon: <AccountCircleOutlined />, order: 1000 } },
  ],
});
