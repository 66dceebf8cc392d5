import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { CatalogPage } from './pages/CatalogPage';
import { LessonPage } from './pages/LessonPage';
import { ModuleEditorPage } from './pages/ModuleEditorPage';
import { ModulePage } from './pages/ModulePage';
import { MyModulesPage } from './pages/MyModulesPage';

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
