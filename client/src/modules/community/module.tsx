import Diversity3Outlined from '@mui/icons-material/Diversity3Outlined';
import { lazyPage } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import id from './locales/id.json';

const GroupsPage = lazyPage(() => import('./pages/GroupsPage'), 'GroupsPage');
const GroupPage = lazyPage(() => import('./pages/GroupPage'), 'GroupPage');

/** Smart community groups: the catalog, each group's page per role, proposals and their approval. */
export const communityModule = defineModule({
  name: 'community',
  routes: [
    { path: 'kelompok', page: GroupsPage, nav: { label: 'nav.groups', icon: <Diversity3Outlined />, order: 15, also: ['/kelompok/'] } },
    { path: 'kelompok/:id', page: GroupPage },
  ],
  locales: { id, en: () => import('./locales/en.json') },
});
