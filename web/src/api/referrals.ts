import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/pathway/referrals/referrals.schemas.ts and src/modules/pathway/patients/patients.schemas.ts, from the server's contract. */

type ReferralPath = '/api/schemes/{slug}/referrals/{id}';

export type ReferralDetail = ResponseOf<ReferralPath, 'get'>;
export type ReferralStatus = ReferralDetail['status'];
export type Evaluation = ReferralDetail['evaluation'];
export type EvaluationReason = ReferralDetail['evaluationReasons'][number];
/** crisis: possible crisis, review today (a crisis-type exclusion or risk language); the triage queue puts these first. */
export type Urgency = ReferralDetail['urgency'];
/** What to tell a referrer instead of "sent" when a referral may describe a crisis. */
export type CrisisAdvice = NonNullable<ReferralDetail['crisis']>;
export type Consent = ReferralDetail['consent'];
export type PatientView = ReferralDetail['patient'];
export type ReferralEventView = ReferralDetail['events'][number];
export type MessageBackView = ReferralDetail['messagesBack'][number];

export type CreateReferralBody = BodyOf<'/api/schemes/{slug}/referrals', 'post'>;
export type PatientInput = CreateReferralBody['patient'];
export type Sex = NonNullable<PatientInput['sex']>;
export type PreferredContact = NonNullable<PatientInput['preferredContact']>;

/** A page of the triage queue, the waiting list or a referrer's list. */
export type ReferralPage = ResponseOf<'/api/schemes/{slug}/triage', 'get'>;
export type ReferralSummary = ReferralPage['items'][number];

export type AllocationOptions = ResponseOf<`${ReferralPath}/allocation`, 'get'>;
export type WorkerSuggestion = AllocationOptions['workers'][number];
export type CapacityView = WorkerSuggestion['capacity'];
/** One course a worker lacks for the case's complexity. */
export type TrainingGap = WorkerSuggestion['trainingGaps'][number];

export type OutOfScopeReport = ResponseOf<'/api/schemes/{slug}/reports/out-of-scope', 'get'>;
export type DuplicateList = ResponseOf<'/api/schemes/{slug}/patients/duplicates', 'get'>;
export type DuplicatePair = DuplicateList['items'][number];

export type SelfReferralForm = ResponseOf<'/api/public/self-referral/{slug}', 'get'>;
export type SelfReferralBody = BodyOf<'/api/public/self-referral/{slug}', 'post'>;
export type SelfReferralReceived = ResponseOf<'/api/public/self-referral/{slug}', 'post'>;

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const referralPath = (slug: string, id: string) => `${schemePath(slug)}/referrals/${encodeURIComponent(id)}`;

/** Calls about referrals and the people referred, within the active scheme. */
export const referralsApi = {
  create: (slug: string, body: CreateReferralBody) =>
    apiRequest<ReferralDetail>(`${schemePath(slug)}/referrals`, { method: 'POST', body }),
  listMine: (slug: string, after?: string) =>
    apiRequest<ReferralPage>(`${schemePath(slug)}/referrals${toQuery({ after })}`),
  get: (slug: string, id: string) => apiRequest<ReferralDetail>(referralPath(slug, id)),
  accept: (slug: string, id: string, body: BodyOf<`${ReferralPath}/accept`, 'post'>) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/accept`, { method: 'POST', body }),
  decline: (slug: string, id: string, body: BodyOf<`${ReferralPath}/decline`, 'post'>) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/decline`, { method: 'POST', body }),
  requestInformation: (slug: string, id: string, body: BodyOf<`${ReferralPath}/request-information`, 'post'>) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/request-information`, { method: 'POST', body }),
  provideInformation: (slug: string, id: string, body: BodyOf<`${ReferralPath}/provide-information`, 'post'>) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/provide-information`, { method: 'POST', body }),
  allocation: (slug: string, id: string, q?: string) =>
    apiRequest<AllocationOptions>(`${referralPath(slug, id)}/allocation${toQuery({ q })}`),
  allocate: (slug: string, id: string, body: BodyOf<`${ReferralPath}/allocate`, 'post'>) =>
    apiRequest<ReferralDetail>(`${referralPath(slug, id)}/allocate`, { method: 'POST', body }),
  triage: (slug: string, after?: string) => apiRequest<ReferralPage>(`${schemePath(slug)}/triage${toQuery({ after })}`),
  waitingList: (slug: string, after?: string) =>
    apiRequest<ReferralPage>(`${schemePath(slug)}/waiting-list${toQuery({ after })}`),
  outOfScopeReport: (slug: string) => apiRequest<OutOfScopeReport>(`${schemePath(slug)}/reports/out-of-scope`),
  duplicates: (slug: string, after?: string) =>
    apiRequest<DuplicateList>(`${schemePath(slug)}/patients/duplicates${toQuery({ after })}`),
  merge: (slug: string, body: BodyOf<'/api/schemes/{slug}/patients/duplicates/merge', 'post'>) =>
    apiRequest<void>(`${schemePath(slug)}/patients/duplicates/merge`, { method: 'POST', body }),
  keepApart: (slug: string, body: BodyOf<'/api/schemes/{slug}/patients/duplicates/keep-apart', 'post'>) =>
    apiRequest<void>(`${schemePath(slug)}/patients/duplicates/keep-apart`, { method: 'POST', body }),
  updatePatient: (slug: string, id: string, body: BodyOf<'/api/schemes/{slug}/patients/{id}', 'put'>) =>
    apiRequest<ResponseOf<'/api/schemes/{slug}/patients/{id}', 'put'>>(
      `${schemePath(slug)}/patients/${encodeURIComponent(id)}`,
      { method: 'PUT', body },
    ),
};

const publicPath = (slug: string) => `/api/public/self-referral/${encodeURIComponent(slug)}`;

/** The public self-referral form: no sign-in, so a 401 never means "your session ended". */
export const selfReferralApi = {
  form: (slug: string) => apiRequest<SelfReferralForm>(publicPath(slug), { expectUnauthorized: true }),
  send: (slug: string, body: SelfReferralBody) =>
    apiRequest<SelfReferralReceived>(publicPath(slug), { method: 'POST', body, expectUnauthorized: true }),
};
