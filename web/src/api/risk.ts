import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/safety/risk/risk.schemas.ts and src/modules/safety/safeguarding/safeguarding.schemas.ts, from the server's contract. */

type CasePath = '/api/schemes/{slug}/cases/{id}';
type RiskPath = `${CasePath}/risks/{riskId}`;
type ConcernPath = `${CasePath}/safeguarding/{concernId}`;

export type RiskView = ResponseOf<RiskPath, 'get'>;
export type RiskLevel = RiskView['level'];
export type RiskActionView = RiskView['actions'][number];
export type CrisisContact = RiskView['crisisContacts'][number];
export type RiskCheckBody = NonNullable<BodyOf<`${CasePath}/sessions`, 'post'>['riskCheck']>;
export type Feeling = NonNullable<BodyOf<`${CasePath}/sessions`, 'post'>['feeling']>;
export type RiskLanguage = ResponseOf<'/api/schemes/{slug}/risk/language', 'post'>;

export type ConcernView = ResponseOf<ConcernPath, 'get'>;
export type SafeguardingSubject = ConcernView['subject'];
export type ConcernList = ResponseOf<'/api/schemes/{slug}/safeguarding', 'get'>;
export type ConcernListItem = ConcernList['items'][number];
export type Categories = ResponseOf<'/api/schemes/{slug}/safeguarding/categories', 'get'>;

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const casePath = (slug: string, id: string) => `${schemePath(slug)}/cases/${encodeURIComponent(id)}`;
const riskPath = (slug: string, caseId: string, riskId: string) =>
  `${casePath(slug, caseId)}/risks/${encodeURIComponent(riskId)}`;
const concernPath = (slug: string, caseId: string, id: string) =>
  `${casePath(slug, caseId)}/safeguarding/${encodeURIComponent(id)}`;

/** Calls about risk records and safeguarding concerns, within the active scheme. */
export const riskApi = {
  /** `matches`: each finding as the worker reads it, the words and why ("end things" (thoughts of suicide …)). */
  language: (slug: string, text: string) =>
    apiRequest<RiskLanguage>(`${schemePath(slug)}/risk/language`, { method: 'POST', body: { text } }),
  crisisHelp: (slug: string) =>
    apiRequest<ResponseOf<'/api/schemes/{slug}/risk/crisis-help', 'get'>>(`${schemePath(slug)}/risk/crisis-help`),
  list: (slug: string, caseId: string) =>
    apiRequest<ResponseOf<`${CasePath}/risks`, 'get'>>(`${casePath(slug, caseId)}/risks`),
  get: (slug: string, caseId: string, riskId: string) => apiRequest<RiskView>(riskPath(slug, caseId, riskId)),
  resolveAction: (
    slug: string,
    caseId: string,
    riskId: string,
    actionId: string,
    body: BodyOf<`${RiskPath}/actions/{actionId}`, 'post'>,
  ) =>
    apiRequest<RiskView>(`${riskPath(slug, caseId, riskId)}/actions/${encodeURIComponent(actionId)}`, {
      method: 'POST',
      body,
    }),
  close: (slug: string, caseId: string, riskId: string, body: BodyOf<`${RiskPath}/close`, 'post'>) =>
    apiRequest<RiskView>(`${riskPath(slug, caseId, riskId)}/close`, { method: 'POST', body }),
  categories: (slug: string) => apiRequest<Categories>(`${schemePath(slug)}/safeguarding/categories`),
  concerns: (slug: string, status?: ConcernListItem['status'], after?: string) =>
    apiRequest<ConcernList>(`${schemePath(slug)}/safeguarding${toQuery({ status, after })}`),
  raiseConcern: (slug: string, caseId: string, body: BodyOf<`${CasePath}/safeguarding`, 'post'>) =>
    apiRequest<ConcernView>(`${casePath(slug, caseId)}/safeguarding`, { method: 'POST', body }),
  concern: (slug: string, caseId: string, id: string) => apiRequest<ConcernView>(concernPath(slug, caseId, id)),
  recordReferral: (slug: string, caseId: string, id: string, body: BodyOf<`${ConcernPath}/referral`, 'put'>) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/referral`, { method: 'PUT', body }),
  addConcernAction: (slug: string, caseId: string, id: string, description: string) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/actions`, { method: 'POST', body: { description } }),
  closeConcern: (slug: string, caseId: string, id: string, body: BodyOf<`${ConcernPath}/close`, 'post'>) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/close`, { method: 'POST', body }),
};

export type RiskBoard = ResponseOf<'/api/schemes/{slug}/risk/board', 'get'>;
/** One active risk on the team risk board. */
export type RiskBoardItem = RiskBoard['items'][number];
/** The `activeRisk` field on lists of people or cases: null when none is active. */
export type ActiveRisk = ResponseOf<'/api/schemes/{slug}/caseload', 'get'>['items'][number]['activeRisk'];
/** A list filter: only people with an active risk at this level or above. */
export type RiskAtLeast = NonNullable<QueryOf<'/api/schemes/{slug}/caseload', 'get'>['riskAtLeast']>;

/** The team risk board, a keyset page at a time. */
export const riskBoardApi = {
  get: (slug: string, after?: string) =>
    apiRequest<RiskBoard>(`/api/schemes/${encodeURIComponent(slug)}/risk/board${toQuery({ after })}`),
};
