import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { lazyPage } from '../../app/lazyPage';

const CatalogPage = lazyPage(() => import('./pages/CatalogPage'), 'CatalogPage');
const LessonPage = lazyPage(() => import('./pages/LessonPage'), 'LessonPage');
const ModulePage = lazyPage(() => import('./pages/ModulePage'), 'ModulePage');
const MyModulesPage = lazyPage(() => import('./pages/MyModulesPage'), 'MyModulesPage');

/** The editor is for trainers only: learners do not download it. */
const ModuleEditorPage = lazyPage(() => import('./pages/ModuleEditorPage'), 'ModuleEditorPage');

/** Routes of course modules and learning, mounted inside the logged-in layout. */
export const learningRoutes = (
  <>
    <Route path="katalog" element={<CatalogPage />} />
    <Route path="modul/:id" element={<ModulePage />} />
    <Route path="modul/:id/pelajaran/:lessonId" element={<LessonPage />} />
    <Route
      path="pelatih/modul"
      element={
        <RequireRole roles={['TRAINER', 'ADMIN']}>
          <MyModulesPage />
        </RequireRole>
      }
    />
    <Route
      path="pelatih/modul/:id"
      element={
        <RequireRole roles={['TRAINER', 'ADMIN']}>
          <ModuleEditorPage />
        </RequireRole>
      }
    />
  </>
);
