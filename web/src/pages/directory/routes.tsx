import { Fragment } from 'react';
import { Route } from 'react-router-dom';
import { RequireRole } from '../../auth/guards.tsx';
import { CASE_ROLES } from '../../hooks/useSchemeRole.ts';
import { ChangeReportsPage, ResolveChangePage } from './ChangeReportsPage.tsx';
import { DirectorySearchPage } from './DirectorySearchPage.tsx';
import { EditServicePage } from './EditServicePage.tsx';
import { OrganisationDirectoryPage } from './OrganisationDirectoryPage.tsx';
import { OurServicesPage } from './OurServicesPage.tsx';
import { ReportChangePage } from './ReportChangePage.tsx';
import { ServicePage } from './ServicePage.tsx';

/**
 * The community directory: search (`?case=<id>` searches for that person), a service, reporting a
 * change, the managers' change reports, owners' services and edits, and the administrators' owner page.
 */
export function directoryRoutes() {
  return (
    <Fragment>
      <Route element={<RequireRole roles={CASE_ROLES} />}>
        <Route path="/directory" element={<DirectorySearchPage />} />
      </Route>
      <Route element={<RequireRole roles={[...CASE_ROLES, 'community_org_user']} />}>
        <Route path="/directory/services/:id" element={<ServicePage />} />
        <Route path="/directory/services/:id/report-change" element={<ReportChangePage />} />
      </Route>
      <Route element={<RequireRole roles={['scheme_manager', 'community_org_user']} />}>
        <Route path="/directory/our-services" element={<OurServicesPage />} />
        <Route path="/directory/services/:id/edit" element={<EditServicePage />} />
      </Route>
      <Route element={<RequireRole role="scheme_manager" />}>
        <Route path="/directory/changes" element={<ChangeReportsPage />} />
        <Route path="/directory/changes/:id/resolve" element={<ResolveChangePage />} />
      </Route>
      <Route element={<RequireRole role="administrator" />}>
        <Route path="/admin/organisations/:id/directory" element={<OrganisationDirectoryPage />} />
      </Route>
    </Fragment>
  );
}
