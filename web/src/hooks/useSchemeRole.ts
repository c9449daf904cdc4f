import type { Role } from '../api/types.ts';
import { activeMembership } from '../auth/roles.ts';
import { useSignedInSession } from '../auth/SessionContext.tsx';

export interface SchemeRole {
  slug: string;
  schemeName: string;
  role: Role;
  me: { id: string; name: string };
}

/** The active membership's scheme and role, or null when it has no scheme (case pages need one). */
export function useSchemeRole(): SchemeRole | null {
  const session = useSignedInSession();
  const membership = activeMembership(session);
  if (!membership?.scheme) return null;
  return {
    slug: membership.scheme.slug,
    schemeName: membership.scheme.name,
    role: membership.role,
    me: { id: session.user.id, name: session.user.name },
  };
}

/** Roles that read cases (the server decides the rest: own caseload, or every case for supervisors and managers). */
export const CASE_ROLES: readonly Role[] = ['link_worker', 'supervisor', 'scheme_manager'];
