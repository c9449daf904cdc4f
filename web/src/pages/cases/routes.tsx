import { Fragment } from 'react';
import { Route } from 'react-router-dom';
import { RequireRole } from '../../auth/guards.tsx';
import { MyTasksPage } from '../tasks/MyTasksPage.tsx';
import { CaseloadPage } from './CaseloadPage.tsx';
import { CasePage } from './CasePage.tsx';
import { DischargePage } from './DischargePage.tsx';
import { PersonDetailsPage } from './PersonDetailsPage.tsx';
import { RecordOutcomePage } from './RecordOutcomePage.tsx';
import { CASE_ROLES } from '../../hooks/useSchemeRole.ts';

/**
 * Case pages: my caseload, the case page (with its messages back), the person's details, recording an outcome
 * measure, discharge, and my tasks.
 */
export function caseRoutes() {
  return (
    <Fragment>
      <Route element={<RequireRole roles={CASE_ROLES} />}>
        <Route path="/caseload" element={<CaseloadPage />} />
        <Route path="/cases/:id" element={<CasePage />} />
        <Route path="/cases/:id/discharge" element={<DischargePage />} />
        <Route path="/cases/:id/person" element={<PersonDetailsPage />} />
        <Route path="/cases/:id/outcomes/new" element={<RecordOutcomePage />} />
        <Route path="/tasks" element={<MyTasksPage />} />
      </Route>
    </Fragment>
  );
}
