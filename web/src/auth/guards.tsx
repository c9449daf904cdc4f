import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Role, SignInStep } from '../api/types.ts';
import { ForbiddenContent } from '../pages/errors/ForbiddenContent.tsx';
import { Loading } from '../components/Loading.tsx';
import { activeMembership } from './roles.ts';
import { useSession } from './SessionContext.tsx';
import { stepPath } from './steps.ts';

/** Pages below this need a complete sign-in; anyone else is sent to the right sign-in step. */
export function RequireSignedIn() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'partial') return <Navigate to={stepPath(state.next)} replace />;
  if (state.status === 'signed-out') {
    // After signing out, the page being left is not remembered: the next person starts at home.
    const next = state.signedOut ? { signedOut: true } : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={next} />;
  }
  return <Outlet />;
}

/** Pages below this need the active membership to have the given role, or one of `roles`. */
export function RequireRole({ role, roles }: { role?: Role; roles?: readonly Role[] }) {
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  const membership = activeMembership(state.session);
  const allowed = [...(roles ?? []), ...(role ? [role] : [])];
  if (!membership || !allowed.includes(membership.role)) {
    return (
      <ForbiddenContent detail="This page is only for people whose active role allows it. If you have another role, change role and try again." />
    );
  }
  return <Outlet />;
}

/** Shows a sign-in step only when the server has asked for it. */
export function SignInStepGuard({ step, children }: { step: Exclude<SignInStep, 'done'>; children: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed-in') return <Navigate to="/" replace />;
  if (state.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  if (state.next !== step) return <Navigate to={stepPath(state.next)} replace />;
  return <>{children}</>;
}
