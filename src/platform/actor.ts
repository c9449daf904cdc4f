import type { Role } from '../db/schema.ts';

/** A signed-in person acting in one membership (role, scheme, organisation). */
export interface UserActor {
  kind: 'user';
  userId: string;
  name: string;
  email: string;
  sessionId: string;
  /** The active membership's role; null when the user has no membership selected. */
  role: Role | null;
  membershipId: string | null;
  schemeId: string | null;
  schemeSlug: string | null;
  organisationId: string | null;
  requestId: string;
}

/** A system integration authenticated by bearer token, scoped to one scheme. */
export interface ClientActor {
  kind: 'client';
  clientId: string;
  name: string;
  schemeId: string;
  schemeSlug: string;
  /** A community organisation's system: reaches only the onward-referral Tasks that organisation owns. Null or absent for GP systems. */
  organisationId?: string | null;
  requestId: string;
}

/** The command line, run by whoever operates the server. */
export interface SystemActor {
  kind: 'system';
  description: string;
  requestId: string;
}

export type Actor = UserActor | ClientActor | SystemActor;

/** The actor for a person's own sign-in steps, before a role is chosen. */
export function signingInActor(userId: string, sessionId: string, requestId: string): UserActor {
  return {
    kind: 'user',
    userId,
    name: '',
    email: '',
    sessionId,
    role: null,
    membershipId: null,
    schemeId: null,
    schemeSlug: null,
    organisationId: null,
    requestId,
  };
}

/** The person acting, or null for an API client or the console. */
export function userIdOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
