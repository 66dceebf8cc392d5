import { Route } from 'react-router';
import { lazyPage } from '../../app/lazyPage';

const CompetencyDictionaryPage = lazyPage(() => import('./pages/CompetencyDictionaryPage'), 'CompetencyDictionaryPage');
const CompetencyPage = lazyPage(() => import('./pages/CompetencyPage'), 'CompetencyPage');
const CompetencyProfilePage = lazyPage(() => import('./pages/CompetencyProfilePage'), 'CompetencyProfilePage');
const PositionPage = lazyPage(() => import('./pages/PositionPage'), 'PositionPage');
const PositionsPage = lazyPage(() => import('./pages/PositionsPage'), 'PositionsPage');

/** Routes of the competency module, mounted inside the logged-in layout. */
export const competencyRoutes = (
  <>
    <Route path="kompetensi" element={<CompetencyDictionaryPage />} />
    <Route path="kompetensi/:id" element={<CompetencyPage />} />
    <Route path="jabatan" element={<PositionsPage />} />
    <Route path="jabatan/:id" element={<PositionPage />} />
    <Route path="profil-kompetensi" element={<CompetencyProfilePage />} />
    <Route path="pegawai/:employeeId/kompetensi" element={<CompetencyProfilePage />} />
  </>
);
