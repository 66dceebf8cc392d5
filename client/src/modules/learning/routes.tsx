import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { SkeletonRows } from '../../ui/Cell';
import { CatalogPage } from './pages/CatalogPage';
import { LessonPage } from './pages/LessonPage';
import { ModulePage } from './pages/ModulePage';
import { MyModulesPage } from './pages/MyModulesPage';

/** The editor is for trainers only: learners do not download it. */
const ModuleEditorPage = lazy(() => import('./pages/ModuleEditorPage').then((m) => ({ default: m.ModuleEditorPage })));

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
          <Suspense fallback={<SkeletonRows rows={8} height={56} />}>
            <ModuleEditorPage />
          </Suspense>
        </RequireRole>
      }
    />
  </>
);
