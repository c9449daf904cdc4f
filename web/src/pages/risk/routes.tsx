import { Fragment } from 'react';
import { Route } from 'react-router-dom';
import { RequireRole } from '../../auth/guards.tsx';
import { CASE_ROLES } from '../cases/useSchemeRole.ts';
import { RiskPage } from './RiskPage.tsx';
import { NewSafeguardingPage, SafeguardingConcernPage, SafeguardingListPage } from './SafeguardingPages.tsx';

/** Risk records and safeguarding concerns (wired into App.tsx); the server decides who sees which record. */
export function riskRoutes() {
  return (
    <Fragment>
      <Route element={<RequireRole roles={CASE_ROLES} />}>
        <Route path="/cases/:id/risks/:riskId" element={<RiskPage />} />
        <Route path="/cases/:id/safeguarding/new" element={<NewSafeguardingPage />} />
        <Route path="/cases/:id/safeguarding/:concernId" element={<SafeguardingConcernPage />} />
        <Route path="/safeguarding" element={<SafeguardingListPage />} />
      </Route>
    </Fragment>
  );
}
