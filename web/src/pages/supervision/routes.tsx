import { Route } from 'react-router-dom';
import type { Role } from '../../api/types.ts';
import { RequireRole } from '../../auth/guards.tsx';
import { CASE_ROLES } from '../../hooks/useSchemeRole.ts';
import { RequireScheme } from '../referrals/SchemeContext.tsx';
import { DebriefPage } from './DebriefPage.tsx';
import { DebriefsPage } from './DebriefsPage.tsx';
import { NewSupervisionSessionPage } from './NewSupervisionSessionPage.tsx';
import { ReflectionPage, ReflectionsPage } from './ReflectionsPage.tsx';
import { SafetySettingsPage } from './SafetySettingsPage.tsx';
import { SupervisionPage, WorkerSupervisionPage } from './SupervisionPage.tsx';
import { SupervisionSessionPage } from './SupervisionSessionPage.tsx';
import { TeamWellbeingPage, WellbeingPage } from './WellbeingPage.tsx';

const MANAGER: readonly Role[] = ['scheme_manager'];
const SUPERVISORS: readonly Role[] = ['supervisor', 'scheme_manager'];
const OWN_WORKLOAD: readonly Role[] = ['link_worker'];

/**
 * Support for the people doing the work: safety settings, clinical supervision, debriefs,
 * workload and wellbeing, and the private reflective log (anyone signed in, their own only).
 */
export function supportRoutes() {
  return (
    <>
      <Route element={<RequireRole roles={MANAGER} />}>
        <Route element={<RequireScheme />}>
          <Route path="/settings/safety" element={<SafetySettingsPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={CASE_ROLES} />}>
        <Route element={<RequireScheme />}>
          <Route path="/supervision" element={<SupervisionPage />} />
          <Route path="/supervision/workers/:workerId" element={<WorkerSupervisionPage />} />
          <Route path="/supervision/sessions/:id" element={<SupervisionSessionPage />} />
          <Route path="/debriefs" element={<DebriefsPage />} />
          <Route path="/debriefs/:id" element={<DebriefPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={SUPERVISORS} />}>
        <Route element={<RequireScheme />}>
          <Route path="/supervision/sessions/new" element={<NewSupervisionSessionPage />} />
          <Route path="/team/wellbeing" element={<TeamWellbeingPage />} />
        </Route>
      </Route>
      <Route element={<RequireRole roles={OWN_WORKLOAD} />}>
        <Route element={<RequireScheme />}>
          <Route path="/wellbeing" element={<WellbeingPage />} />
        </Route>
      </Route>
      <Route path="/reflections" element={<ReflectionsPage />} />
      <Route path="/reflections/:id" element={<ReflectionPage />} />
    </>
  );
}
