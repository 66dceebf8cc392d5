import { Route } from 'react-router';
import { PlanPage } from './pages/PlanPage';
import { PlansPage } from './pages/PlansPage';

/** Routes of development plans, mounted inside the logged-in layout. */
export const recordRoutes = (
  <>
    <Route path="rencana" element={<PlansPage />} />
    <Route path="rencana/:id" element={<PlanPage />} />
  </>
);
