import { Route } from 'react-router';
import { lazyPage } from '../../app/lazyPage';

const PlanPage = lazyPage(() => import('./pages/PlanPage'), 'PlanPage');
const PlansPage = lazyPage(() => import('./pages/PlansPage'), 'PlansPage');

/** Routes of development plans, mounted inside the logged-in layout. */
export const recordRoutes = (
  <>
    <Route path="rencana" element={<PlansPage />} />
    <Route path="rencana/:id" element={<PlanPage />} />
  </>
);
