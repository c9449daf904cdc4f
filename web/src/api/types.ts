import type { BodyOf, QueryOf, ResponseOf } from './contract.ts';

/** Shapes of the sign-in, session and administration routes, taken from the server's contract (contract.ts). */

export type SessionView = ResponseOf<'/api/auth/session', 'get'>;
export type Membership = SessionView['memberships'][number];
export type Role = Membership['role'];
export type SchemeRef = NonNullable<Membership['scheme']>;
export type OrganisationRef = NonNullable<Membership['organisation']>;

export type AuthStepResult = ResponseOf<'/api/auth/sign-in', 'post'>;
export type SignInStep = AuthStepResult['next'];
export type EnrolmentStart = ResponseOf<'/api/auth/two-factor/enrolment', 'post'>;
export type EnrolmentConfirmation = ResponseOf<'/api/auth/two-factor/enrolment/confirm', 'post'>;

/**
 * The application/problem+json body of every refusal (src/platform/http/problem.ts). Route schemas describe
 * successful answers only, so this one shape is written here.
 */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: { field: string; message: string; fix?: string }[];
  requestId?: string;
  next?: SignInStep;
  csrfToken?: string;
}

export type AdminUser = ResponseOf<'/api/admin/users/{id}', 'get'>;
export type CreatedUser = ResponseOf<'/api/admin/users/', 'post'>;
export type MembershipInput = BodyOf<'/api/admin/users/{id}/memberships', 'post'>;
export type Organisation = ResponseOf<'/api/admin/organisations/', 'post'>;
export type OrganisationType = Organisation['type'];
export type AuditEntry = ResponseOf<'/api/admin/audit/', 'get'>['items'][number];

export type SchemeOverview = ResponseOf<'/api/schemes/{slug}', 'get'>;
/** A page of a scheme's team, or of a search of it by name: at most 20 people, by name. */
export type SchemePeople = ResponseOf<'/api/schemes/{slug}/people', 'get'>;
/** Someone in a scheme's team (an active scheme manager, supervisor or link worker), with their team roles there. */
export type TeamMember = SchemePeople['people'][number];

/** Where a page of a list of people (by name) starts: after a "next" cursor or before a "previous" one; neither for the first page. */
export type PeoplePageQuery = Pick<QueryOf<'/api/schemes/{slug}/people', 'get'>, 'after' | 'before'>;
