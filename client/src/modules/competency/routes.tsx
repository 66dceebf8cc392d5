import { Route } from 'react-router';
import { CompetencyDictionaryPage } from './pages/CompetencyDictionaryPage';
import { CompetencyPage } from './pages/CompetencyPage';
import { CompetencyProfilePage } from './pages/CompetencyProfilePage';
import { PositionPage } from './pages/PositionPage';
import { PositionsPage } from './pages/PositionsPage';

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
