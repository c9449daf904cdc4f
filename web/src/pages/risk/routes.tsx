import { Fragment } from 'react';
import { Route } from 'react-router-dom';
import { RequireRole } from '../../auth/guards.tsx';
import { CASE_ROLES } from '../../hooks/useSchemeRole.ts';
import { CrisisHelpPage } from './CrisisHelpPage.tsx';
import { RiskBoardPage } from './RiskBoardPage.tsx';
import { RISK_BOARD_ROLES } from './riskLabels.ts';
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
        <Route path="/crisis-help" element={<CrisisHelpPage />} />
      </Route>
      <Route element={<RequireRole roles={RISK_BOARD_ROLES} />}>
        <Route path="/risk-board" element={<RiskBoardPage />} />
      </Route>
    </Fragment>
  );
}
