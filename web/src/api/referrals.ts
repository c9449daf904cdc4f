import { apiRequest, toQuery } from './client.ts';
import type { ActiveRisk } from './risk.ts';

/** Shapes of src/modules/referrals/referrals.schemas.ts and src/modules/patients/patients.schemas.ts. */

export type ReferralStatus =
  'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
export type Evaluation = 'in_scope' | 'needs_review' | 'out_of_scope';
export type ReferralAction = 'accept' | 'decline' | 'request-information' | 'provide-information' | 'allocate';
export type Sex = 'male' | 'female' | 'other' | 'unknown';
export type PreferredContact = 'phone' | 'text' | 'email' | 'letter';

export interface PatientInput {
  nhsNumber?: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth?: string | null;
  sex?: Sex | null;
  genderIdentity?: string | null;
  ethnicity?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  town?: string | null;
  postcode?: string | null;
  phone?: string | null;
  email?: string | null;
  preferredContact?: PreferredContact | null;
  preferredLanguage?: string | null;
  interpreterNeeded?: boolean;
  accessibilityNeeds?: string | null;
  practiceOdsCode?: string | null;
}

export interface PatientView {
  id: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  age: number | null;
  sex: string | null;
  genderIdentity: string | null;
  ethnicity: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  town: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  preferredContact: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  accessibilityNeeds: string | null;
  practiceOdsCode: string | null;
  version: number;
}

export interface Consent {
  contact: boolean;
  shareWithServices: boolean;
  shareWithGp: boolean;
}

export interface CreateReferralBody {
  patient: PatientInput;
  needs: string[];
  circumstances: string[];
  reason: string;
  consent: Consent;
}

export interface EvaluationReason {
  code: string;
  outcome: Evaluation;
  message: string;
  alternative?: string;
}

/** crisis: possible crisis, review today (a crisis-type exclusion or risk language); the triage queue puts these first. */
export type Urgency = 'crisis' | 'routine';

/** What to tell a referrer instead of "sent" when a referral may describe a crisis. */
export interface CrisisAdvice {
  /** Why the referral was flagged, in words. */
  reasons: string[];
  /** The scheme's crisis contacts. */
  contacts: { name: string; phone: string; when: string }[];
  /** The alternative pathway of each crisis-type exclusion named. */
  alternatives: string[];
}

export interface PersonSummary {
  id: string;
  name: string;
  age: number | null;
  nhsNumber: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
}

/** One row of the triage queue, the waiting list or a referrer's list. */
export interface ReferralSummary {
  id: string;
  status: ReferralStatus;
  source: string;
  evaluation: Evaluation;
  urgency: Urgency;
  flags: string[];
  needs: string[];
  receivedAt: string;
  acceptedAt: string | null;
  /** Days since received (triage) or since accepted (waiting list). */
  waitingDays: number;
  patient: PersonSummary;
  /** The person's highest active risk (triage queue and waiting list only); null when none is active. */
  activeRisk?: ActiveRisk;
  practiceOdsCode: string | null;
  referrerName: string | null;
  messagesBack: number;
  version: number;
}

export interface ReferralPage {
  items: ReferralSummary[];
  /** How many in all; the referrer's list and the triage queue count up to 1,000 (see totalCapped). */
  total: number;
  /** True when there are more than `total` (the referrer's list and the triage queue stop counting at 1,000). */
  totalCapped: boolean;
  next: string | null;
}

export interface ReferralEventView {
  at: string;
  kind: string;
  status: string;
  by: string | null;
  detail: Record<string, unknown>;
}

export interface MessageBackView {
  id: string;
  kind: 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';
  code: { system: string; code: string; display: string };
  createdAt: string;
  body: {
    heading: string;
    summary: string;
    sections: { title: string; text: string }[];
  };
}

export interface ReferralDetail {
  id: string;
  schemeSlug: string;
  status: ReferralStatus;
  source: string;
  evaluation: Evaluation;
  evaluationReasons: EvaluationReason[];
  urgency: Urgency;
  /** Present when the referral may describe a crisis: this service cannot respond to one. */
  crisis: CrisisAdvice | null;
  needs: string[];
  circumstances: string[];
  reason: string;
  consent: Consent;
  receivedAt: string;
  acceptedAt: string | null;
  practiceOdsCode: string | null;
  referrer: { name: string | null; contact: string | null; organisationName: string | null };
  informationRequest: string | null;
  declineReason: string | null;
  declineAlternative: string | null;
  /** Why a referral the criteria put out of scope was accepted. */
  acceptReason: string | null;
  /** Complexity flag codes (GET …/training/complexity-flags): the training whoever takes the case needs. */
  complexityFlags: string[];
  patient: PatientView;
  caseId: string | null;
  possibleDuplicates: number;
  events: ReferralEventView[];
  messagesBack: MessageBackView[];
  allowedActions: string[];
  version: number;
}

export interface CapacityView {
  cap: number;
  annualCap: number;
  openCases: number;
  allocatedThisYear: number;
  spare: number;
  overCap: boolean;
}

export interface WorkerSuggestion {
  userId: string;
  name: string;
  hoursPerWeek: number;
  languages: string[];
  acceptingCases: boolean;
  capacity: CapacityView;
  languageMatch: boolean;
  suggested: boolean;
  /** Training for the case's complexity is missing or lapsed: only a scheme manager's override allocates. */
  blocked: boolean;
  trainingGaps: TrainingGap[];
  /** Why the worker is ranked where they are, in words. */
  reasons: string[];
}

/** One course a worker lacks for the case's complexity. */
export interface TrainingGap {
  flag: string;
  course: string;
  state: 'missing' | 'expired';
  expiresOn: string | null;
}

export interface AllocationOptions {
  referralId: string;
  language: string | null;
  complexityFlags: string[];
  complexityLabels: string[];
  /** The signed-in person may allocate past a training gap, with a reason (scheme managers). */
  canOverride: boolean;
  /** Active link workers in the scheme: the shortlist is chosen from them all. */
  totalWorkers: number;
  /** The name searched for; null: the shortlist. */
  search: string | null;
  /** The most workers shown: the shortlist's length, or a search's. */
  limit: number;
  /** More workers than shown (on the shortlist) or matching the search. */
  more: boolean;
  /** The shortlist (exactly the first of the full ranking), or the search's matches, ranked. */
  workers: WorkerSuggestion[];
}

export interface OutOfScopeReport {
  since: string;
  practices: {
    practiceOdsCode: string | null;
    total: number;
    outOfScope: number;
    declined: number;
    /** A fraction from 0 to 1. */
    outOfScopeRate: number;
  }[];
}

export interface DuplicatePair {
  match: 'nhs-number' | 'name-date-of-birth-postcode';
  first: PatientView;
  second: PatientView;
}

export interface DuplicateList {
  items: DuplicatePair[];
  /** Cursor of the next page, or null on the last page. */
  next: string | null;
}

export interface SelfReferralForm {
  scheme: { name: string; slug: string };
  open: boolean;
  formToken: string;
}

export interface SelfReferralBody {
  formToken: string;
  /** The honeypot: left empty by people; bots fill every field. */
  website?: string;
  patient: PatientInput;
  needs: string[];
  reason: string;
  consent: Consent;
}

export interface SelfReferralReceived {
  received: boolean;
  reference: string;
  /** Present when what the person wrote suggests a crisis: where to get help now. */
  crisis: CrisisAdvice | null;
}

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const referralPath = (slug: string, id: string) => `${schemePath(slug)}/referrals/${encodeURIComponent(id)}`;

/** Calls about referrals and the people referred, within the active scheme. */
export const referralsApi = {
  create: (slug: string, body: CreateReferralBody) =>
    apiRequest<ReferralDetail>(`${schemePath(slug)}/referrals`, { method: 'POST', body }),
  listMine: (slug: string, after?: string) =>
    apiRequest<ReferralPage>(`${schemePath(slug)}/referrals${toQuery({ after })}`),
  get: (slug: string, id: string) => apiRequest<ReferralDetail>(referralPath(slug, id)),
  accept: (slug: string, id: string, body: { version: number; reason?: string }) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/accept`, { method: 'POST', body }),
  decline: (slug: string, id: string, body: { version: number; reason: string; alternative: string }) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/decline`, { method: 'POST', body }),
  requestInformation: (slug: string, id: string, body: { version: number; question: string }) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/request-information`, { method: 'POST', body }),
  provideInformation: (slug: string, id: string, body: { version: number; answer: string }) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/provide-information`, { method: 'POST', body }),
  allocation: (slug: string, id: string, q?: string) =>
    apiRequest<AllocationOptions>(`${referralPath(slug, id)}/allocation${toQuery({ q })}`),
  allocate: (
    slug: string,
    id: string,
    body: { version: number; workerId: string; reason?: string; override?: { reason: string } },
  ) => apiRequest<ReferralDetail>(`${referralPath(slug, id)}/allocate`, { method: 'POST', body }),
  triage: (slug: string, after?: string) => apiRequest<ReferralPage>(`${schemePath(slug)}/triage${toQuery({ after })}`),
  waitingList: (slug: string, after?: string) =>
    apiRequest<ReferralPage>(`${schemePath(slug)}/waiting-list${toQuery({ after })}`),
  outOfScopeReport: (slug: string) => apiRequest<OutOfScopeReport>(`${schemePath(slug)}/reports/out-of-scope`),
  duplicates: (slug: string, after?: string) =>
    apiRequest<DuplicateList>(`${schemePath(slug)}/patients/duplicates${toQuery({ after })}`),
  merge: (slug: string, body: { keepId: string; mergeId: string }) =>
    apiRequest<void>(`${schemePath(slug)}/patients/duplicates/merge`, { method: 'POST', body }),
  keepApart: (slug: string, body: { firstId: string; secondId: string }) =>
    apiRequest<void>(`${schemePath(slug)}/patients/duplicates/keep-apart`, { method: 'POST', body }),
  updatePatient: (slug: string, id: string, body: { version: number; patient: PatientInput }) =>
    apiRequest<PatientView>(`${schemePath(slug)}/patients/${encodeURIComponent(id)}`, { method: 'PUT', body }),
};

const publicPath = (slug: string) => `/api/public/self-referral/${encodeURIComponent(slug)}`;

/** The public self-referral form: no sign-in, so a 401 never means "your session ended". */
export const selfReferralApi = {
  form: (slug: string) => apiRequest<SelfReferralForm>(publicPath(slug), { expectUnauthorized: true }),
  send: (slug: string, body: SelfReferralBody) =>
    apiRequest<SelfReferralReceived>(publicPath(slug), { method: 'POST', body, expectUnauthorized: true }),
};
