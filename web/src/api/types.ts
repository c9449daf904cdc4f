/** Shapes of the Linkwork server API, as agreed in the API contract. */

export type Role =
  'administrator' | 'scheme_manager' | 'supervisor' | 'link_worker' | 'referrer' | 'community_org_user';

export type SignInStep = 'done' | 'two-factor' | 'change-password' | 'enrol-two-factor';

export interface SchemeRef {
  id: string;
  slug: string;
  name: string;
}

export interface OrganisationRef {
  id: string;
  name: string;
  type: 'gp_practice' | 'community_organisation';
}

export interface Membership {
  id: string;
  role: Role;
  scheme: SchemeRef | null;
  organisation: OrganisationRef | null;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
}

export interface SessionView {
  user: SessionUser;
  memberships: Membership[];
  activeMembershipId: string | null;
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  /** How many seconds before idleExpiresAt the browser warns. */
  warningSeconds: number;
}

export interface AuthStepResult {
  next: SignInStep;
  csrfToken: string;
  session?: SessionView;
}

export interface EnrolmentStart {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

export interface EnrolmentConfirmation extends AuthStepResult {
  recoveryCodes: string[];
}

export interface ProblemFieldError {
  field: string;
  message: string;
  fix?: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  requestId?: string;
  next?: SignInStep;
  csrfToken?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  active: boolean;
  twoFactorEnabled: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
  memberships: Membership[];
}

export interface CreatedUser {
  user: AdminUser;
  oneTimePassword: string;
}

/** Someone in a scheme's team (an active scheme manager, supervisor or link worker), with their team roles there. */
export interface TeamMember {
  userId: string;
  name: string;
  roles: Role[];
}

export interface SchemeOverview {
  scheme: SchemeRef;
}

/** A page of a scheme's team, or of a search of it by name: at most 20 people, by name. */
export interface SchemePeople {
  people: TeamMember[];
  next: string | null;
  previous: string | null;
}

export interface MembershipInput {
  role: Role;
  schemeSlug?: string;
  organisationId?: string;
}

export type OrganisationType = 'scheme' | 'gp_practice' | 'community_organisation';

export interface Organisation {
  id: string;
  type: OrganisationType;
  name: string;
  slug: string | null;
  odsCode: string | null;
  active: boolean;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string; email: string } | null;
  actorRole: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  schemeSlug: string | null;
  requestId: string | null;
  reason: string | null;
}

/** Where a page of a list of people (by name) starts: after a "next" cursor or before a "previous" one; neither for the first page. */
export interface PeoplePageQuery {
  after?: string;
  before?: string;
}
