import { apiRequest, toQuery } from './client.ts';
import type { ApiPath, BodyOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/community/onward-referrals/onward-referrals.schemas.ts, from the server's contract. */

type CaseOnwardPath = '/api/schemes/{slug}/cases/{caseId}/onward-referrals';
type OnwardPath = '/api/schemes/{slug}/onward-referrals/{id}';
type InboxPath = '/api/schemes/{slug}/inbox/onward-referrals';

export type OnwardView = ResponseOf<OnwardPath, 'get'>;
export type OnwardStatus = OnwardView['status'];
export type OnwardEvent = OnwardView['events'][number];
export type SharedItem = OnwardView['shared'][number];
export type ServiceRef = OnwardView['service'];
export type Outcome = NonNullable<OnwardView['outcome']>;
export type Attended = Outcome['attended'];
export type InboxView = ResponseOf<`${InboxPath}/{id}`, 'get'>;
export type Draft = ResponseOf<`${CaseOnwardPath}/draft`, 'get'>;
export type CreateInput = BodyOf<CaseOnwardPath, 'post'>;
/** What a community organisation may do with an onward referral sent to it: a route of its own each. */
export type InboxAction = ActionOf<ApiPath>;
type ActionOf<P> = P extends `${InboxPath}/{id}/${infer Action}` ? Action : never;
/** Each action's own body: a reason to decline, hold or fail; the outcome to complete. */
type InboxBody<A extends InboxAction> = BodyOf<Extract<ApiPath, `${InboxPath}/{id}/${A}`>, 'post'>;

const scheme = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const caseBase = (slug: string, caseId: string) =>
  `${scheme(slug)}/cases/${encodeURIComponent(caseId)}/onward-referrals`;
const one = (slug: string, id: string) => `${scheme(slug)}/onward-referrals/${encodeURIComponent(id)}`;
const inbox = (slug: string) => `${scheme(slug)}/inbox/onward-referrals`;

export const onwardApi = {
  forCase: (slug: string, caseId: string) => apiRequest<ResponseOf<CaseOnwardPath, 'get'>>(caseBase(slug, caseId)),
  draft: (slug: string, caseId: string, serviceId: string) =>
    apiRequest<Draft>(`${caseBase(slug, caseId)}/draft${toQuery({ service: serviceId })}`),
  create: (slug: string, caseId: string, input: CreateInput) =>
    apiRequest<OnwardView>(caseBase(slug, caseId), { method: 'POST', body: input }),
  recordStatus: (slug: string, id: string, input: BodyOf<`${OnwardPath}/status`, 'post'>) =>
    apiRequest<OnwardView>(`${one(slug, id)}/status`, { method: 'POST', body: input }),
  cancel: (slug: string, id: string, input: BodyOf<`${OnwardPath}/cancel`, 'post'>) =>
    apiRequest<OnwardView>(`${one(slug, id)}/cancel`, { method: 'POST', body: input }),
  inbox: (slug: string, status?: string, after?: string) =>
    apiRequest<ResponseOf<InboxPath, 'get'>>(`${inbox(slug)}${toQuery({ status, after })}`),
  inboxItem: (slug: string, id: string) => apiRequest<InboxView>(`${inbox(slug)}/${encodeURIComponent(id)}`),
  respond: <A extends InboxAction>(slug: string, id: string, action: A, body: InboxBody<A>) =>
    apiRequest<InboxView>(`${inbox(slug)}/${encodeURIComponent(id)}/${action}`, { method: 'POST', body }),
};
