import { Fragment } from 'react';
import { Route } from 'react-router-dom';
import { RequireRole } from '../../auth/guards.tsx';
import { CASE_ROLES } from '../../hooks/useSchemeRole.ts';
import { MyVisitsPage } from './MyVisitsPage.tsx';
import { PlanVisitPage } from './PlanVisitPage.tsx';
import { TeamBoardPage } from './TeamBoardPage.tsx';
import { UnplannedVisitPage } from './UnplannedVisitPage.tsx';
import { VisitPage } from './VisitPage.tsx';

/** Pages for lone working: my visits, planning one (`?case=<id>` from a case), starting one now, the team board, and one visit. */
export function loneWorkingRoutes() {
  return (
    <Fragment>
      <Route element={<RequireRole roles={CASE_ROLES} />}>
        <Route path="/lone-working" element={<MyVisitsPage />} />
        <Route path="/lone-working/new" element={<PlanVisitPage />} />
        <Route path="/lone-working/unplanned" element={<UnplannedVisitPage />} />
        <Route path="/lone-working/team" element={<TeamBoardPage />} />
        <Route path="/lone-working/:id" element={<VisitPage />} />
      </Route>
    </Fragment>
  );
}
