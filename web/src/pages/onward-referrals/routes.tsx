import { Fragment } from 'react';
import { Route } from 'react-router-dom';
import { RequireRole } from '../../auth/guards.tsx';
import { InboxItemPage } from './InboxItemPage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { NewOnwardReferralPage } from './NewOnwardReferralPage.tsx';

/** Onward referrals: making one from a case (`?service=<id>` from the directory), and a community organisation's inbox. */
export function onwardReferralRoutes() {
  return (
    <Fragment>
      <Route element={<RequireRole roles={['link_worker', 'scheme_manager']} />}>
        <Route path="/cases/:caseId/onward-referrals/new" element={<NewOnwardReferralPage />} />
      </Route>
      <Route element={<RequireRole role="community_org_user" />}>
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/inbox/:id" element={<InboxItemPage />} />
      </Route>
    </Fragment>
  );
}
