import { Route } from 'react-router-dom';
import type { Role } from '../../api/types.ts';
import { RequireRole } from '../../auth/guards.tsx';
import { SelfReferralPage } from '../public/SelfReferralPage.tsx';
import { SelfReferralSentPage } from '../public/SelfReferralSentPage.tsx';
import { ReportPage } from '../reports/ReportPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { PracticeSummaryPage } from '../reports/PracticeSummaryPage.tsx';
import { CriteriaPage } from '../settings/CriteriaPage.tsx';
import { OutOfScopeReportPage } from '../settings/OutOfScopeReportPage.tsx';
import { PoliciesPage } from '../settings/PoliciesPage.tsx';
import { OutcomeMeasuresPage } from '../settings/OutcomeMeasuresPage.tsx';
import { AddMeasurePage } from '../settings/AddMeasurePage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { WorkerPage } from '../settings/WorkerPage.tsx';
import { AllocatePage } from './AllocatePage.tsx';
import { DeclineReferralPage } from './DeclineReferralPage.tsx';
import { DuplicatesPage } from './DuplicatesPage.tsx';
import { MyReferralsPage } from './MyReferralsPage.tsx';
import { ReferralFormPage } from './ReferralFormPage.tsx';
import { ReferralPage } from './ReferralPage.tsx';
import { RequestInformationPage } from './RequestInformationPage.tsx';
import { TriageQueuePage } from './TriageQueuePage.tsx';
import { WaitingListPage } from './WaitingListPage.tsx';
import {
  ALLOCATOR_ROLES,
  DUPLICATE_ROLES,
  REFERRAL_CREATOR_ROLES,
  REFERRAL_READER_ROLES,
  REFERRER_ROLES,
  RequireScheme,
  TRIAGE_ROLES,
} from './SchemeContext.tsx';

const MANAGER: readonly Role[] = ['scheme_manager'];
/** The scheme's reports: a supervisor's cover the work of their supervisees (the server narrows them). */
const REPORT_READERS: readonly Role[] = ['scheme_manager', 'supervisor'];

/**
 * Referral pages: the referrer's form and list, the referral page and its actions, triage queue,
 * waiting list, allocation, possible duplicates, scheme settings and the reports (out-of-scope, activity, outcomes).
 * Each group checks the active role, then the scheme it works in.
 */
export function referralRoutes() {
  return (
    <>
      <Route element={<RequireRole roles={REFERRAL_CREATOR_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/referrals/new" element={<ReferralFormPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={REFERRER_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/referrals" element={<MyReferralsPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={REFERRAL_READER_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/referrals/:id" element={<ReferralPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={TRIAGE_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/referrals/:id/decline" element={<DeclineReferralPage />} />
          <Route path="/referrals/:id/request-information" element={<RequestInformationPage />} />
          <Route path="/triage" element={<TriageQueuePage />} />
          <Route path="/waiting-list" element={<WaitingListPage />} />
          <Route path="/settings" element={<SettingsPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={ALLOCATOR_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/referrals/:id/allocate" element={<AllocatePage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={DUPLICATE_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/patients/duplicates" element={<DuplicatesPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={MANAGER} />}>
        <Route element={<RequireScheme />}>
          <Route path="/settings/criteria" element={<CriteriaPage />} />
          <Route path="/settings/policies" element={<PoliciesPage />} />
          <Route path="/settings/outcome-measures" element={<OutcomeMeasuresPage />} />
          <Route path="/settings/outcome-measures/add" element={<AddMeasurePage />} />
          <Route path="/settings/workers/:userId" element={<WorkerPage />} />
          <Route path="/reports/out-of-scope" element={<OutOfScopeReportPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={REPORT_READERS} />}>
        <Route element={<RequireScheme />}>
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/reports/:report" element={<ReportPage />} />
          <Route path="/reports/practices/:ods/summary" element={<PracticeSummaryPage />} />
        </Route>
      </Route>
    </>
  );
}

/** Pages anyone can use without signing in: the public self-referral form and its confirmation. */
export function publicRoutes() {
  return (
    <>
      <Route path="/self-referral/:slug" element={<SelfReferralPage />} />
      <Route path="/self-referral/:slug/sent" element={<SelfReferralSentPage />} />
    </>
  );
}
