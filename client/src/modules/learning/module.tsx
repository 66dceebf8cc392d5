import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import LocalLibraryOutlined from '@mui/icons-material/LocalLibraryOutlined';
import type { Role } from '../../gql/graphql';
import { lazyPage, lazyPart } from '../../app/lazyPage';
import { defineModule } from '../../app/manifest';
import menu from './locales/menu.id.json';

const CatalogPage = lazyPage(() => import('./pages/CatalogPage'), 'CatalogPage');
const LessonPage = lazyPage(() => import('./pages/LessonPage'), 'LessonPage');
const ModulePage = lazyPage(() => import('./pages/ModulePage'), 'ModulePage');
const MyModulesPage = lazyPage(() => import('./pages/MyModulesPage'), 'MyModulesPage');
/** The editor is for trainers only: learners do not download it. */
const ModuleEditorPage = lazyPage(() => import('./pages/ModuleEditorPage'), 'ModuleEditorPage');
const LearnerDashboard = lazyPart(() => import('./components/LearnerDashboard'), 'LearnerDashboard');
const TrainerCard = lazyPart(() => import('./components/TrainerCard'), 'TrainerCard');

const AUTHORS: Role[] = ['TRAINER', 'ADMIN'];

/** Course modules: the catalog, learning them lesson by lesson, and writing them. */
export const learningModule = defineModule({
  name: 'learning',
  routes: [
    // A learner's first pages wait only for the strings they show.
    {
      path: 'katalog',
      page: CatalogPage,
      strings: ['learning', 'competency'],
      nav: { label: 'nav.learning.catalog', icon: <LocalLibraryOutlined />, order: 10, also: ['/modul/'] },
    },
    { path: 'modul/:id', page: ModulePage, strings: ['learning'] },
    { path: 'modul/:id/pelajaran/:lessonId', page: LessonPage },
    {
      path: 'pelatih/modul',
      page: MyModulesPage,
      roles: AUTHORS,
      nav: { label: 'nav.learning.myModules', icon: <EditNoteOutlined />, order: 20 },
    },
    { path: 'pelatih/modul/:id', page: ModuleEditorPage, roles: AUTHORS },
  ],
  locales: { id: () => import('./locales/id.json'), en: () => import('./locales/en.json') },
  menu: { id: menu, en: () => import('./locales/menu.en.json') },
  usesStringsOf: ['competency', 'record', 'home'],
  home: [
    { id: 'trainer-overview', roles: ['TRAINER'], order: 6, component: TrainerCard },
    {
      id: 'learner-dashboard',
      employeeOnly: true,
      order: 10,
      component: LearnerDashboard,
      strings: ['learning'],
      firstQuery: () => import('./graphql/learning').then((m) => m.MyLearningQuery),
    },
  ],
});
