import { Route } from 'react-router-dom';
import { CommissionedReportPage } from './CommissionedReportPage.tsx';
import { CommissioningPage } from './CommissioningPage.tsx';
import { RequireCommissioner } from './RequireCommissioner.tsx';

/** Commissioning: choose a report and the schemes, then read it summed across them, small numbers suppressed. */
export function commissioningRoutes() {
  return (
    <Route element={<RequireCommissioner />}>
      <Route path="/commissioning" element={<CommissioningPage />} />
      <Route path="/commissioning/reports/:report" element={<CommissionedReportPage />} />
    </Route>
  );
}
