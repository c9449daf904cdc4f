import type { Membership, Role, SessionView } from '../api/types.ts';

export const ROLES: readonly Role[] = [
  'administrator',
  'scheme_manager',
  'supervisor',
  'link_worker',
  'referrer',
  'community_org_user',
  'commissioner',
];

const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  scheme_manager: 'Scheme manager',
  supervisor: 'Supervisor',
  link_worker: 'Link worker',
  referrer: 'Referrer',
  community_org_user: 'Community organisation user',
  commissioner: 'Commissioner',
};

/** People read "Link worker", not "link_worker". */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** Every role but administrator works inside one scheme. */
export function roleNeedsScheme(role: Role): boolean {
  return role !== 'administrator';
}

/** Which organisation a role may or must belong to, if any. */
export function roleOrganisation(
  role: Role,
): { type: 'gp_practice' | 'community_organisation'; required: boolean } | null {
  if (role === 'referrer') return { type: 'gp_practice', required: false };
  if (role === 'community_org_user') return { type: 'community_organisation', required: true };
  return null;
}

/** One line that tells a person which hat they are wearing, e.g. "Link worker, Northside Wellbeing". */
export function membershipLabel(membership: Membership): string {
  const where = [membership.scheme?.name, membership.organisation?.name].filter(Boolean).join(', ');
  return where ? `${roleLabel(membership.role)}, ${where}` : roleLabel(membership.role);
}

/** The membership the session is acting as, if one has been chosen. */
export function activeMembership(session: SessionView): Membership | null {
  return session.memberships.find((m) => m.id === session.activeMembershipId) ?? null;
}
