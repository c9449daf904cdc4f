import { createContext, useContext } from 'react';
import { Outlet } from 'react-router-dom';
import type { OrganisationRef, Role } from '../../api/types.ts';
import { activeMembership } from '../../auth/roles.ts';
import { useSignedInSession } from '../../auth/SessionContext.tsx';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';

/** The scheme the signed-in person is working in, and the role they act as there. */
export interface ActiveScheme {
  slug: string;
  name: string;
  role: Role;
  organisation: OrganisationRef | null;
}

const SchemeContext = createContext<ActiveScheme | null>(null);

/** Pages below this work inside the active membership's scheme; people without one are told why. */
export function RequireScheme() {
  const session = useSignedInSession();
  const membership = activeMembership(session);
  if (!membership?.scheme) {
    return (
      <ForbiddenContent detail="This page is for people working in a scheme. Change to a role in a scheme and try again." />
    );
  }
  const value: ActiveScheme = {
    slug: membership.scheme.slug,
    name: membership.scheme.name,
    role: membership.role,
    organisation: membership.organisation,
  };
  return (
    <SchemeContext.Provider value={value}>
      <Outlet />
    </SchemeContext.Provider>
  );
}

/** The active scheme; only usable below RequireScheme. */
export function useScheme(): ActiveScheme {
  const value = useContext(SchemeContext);
  if (!value) throw new Error('useScheme must be used below RequireScheme');
  return value;
}

/** Roles that make referrals and follow their own. */
export const REFERRER_ROLES: readonly Role[] = ['referrer', 'community_org_user'];
/** Roles that may enter a referral (scheme staff take them by phone). */
export const REFERRAL_CREATOR_ROLES: readonly Role[] = [
  'referrer',
  'community_org_user',
  'link_worker',
  'scheme_manager',
];
/** Roles that see the triage queue and the waiting list. */
export const TRIAGE_ROLES: readonly Role[] = ['link_worker', 'scheme_manager', 'supervisor'];
/** Roles that may allocate a referral to a link worker. */
export const ALLOCATOR_ROLES: readonly Role[] = ['link_worker', 'scheme_manager'];
/** Roles that see and resolve possible duplicate records of a person. */
export const DUPLICATE_ROLES: readonly Role[] = ['link_worker', 'scheme_manager'];
/** Every role that may open a referral's page. */
export const REFERRAL_READER_ROLES: readonly Role[] = [...REFERRER_ROLES, ...TRIAGE_ROLES];
