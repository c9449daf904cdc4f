import { apiRequest, toQuery } from './client.ts';

/** Shapes of src/modules/onward-referrals/onward-referrals.schemas.ts. */

export type OnwardStatus =
  'requested' | 'received' | 'accepted' | 'rejected' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'failed';
export type Attended = 'yes' | 'no' | 'unknown';

export interface OnwardEvent {
  at: string;
  from: string | null;
  to: string;
  kind: string;
  by: string;
  note: string | null;
}

export interface SharedItem {
  key: string;
  label: string;
  value: string;
}

export interface ServiceRef {
  id: string;
  name: string;
  organisationName: string | null;
  onLinkwork: boolean;
}

export interface Outcome {
  attended: Attended;
  note: string;
}

export interface OnwardView {
  id: string;
  caseId: string;
  service: ServiceRef;
  status: OnwardStatus;
  statusReason: string | null;
  businessStatus: string | null;
  shared: SharedItem[];
  message: string;
  consent: { statement: string; recordedBy: string; recordedAt: string };
  outcome: Outcome | null;
  sentAt: string;
  reminderDueAt: string | null;
  autoDeclineDueAt: string | null;
  autoDeclined: boolean;
  version: number;
  events: OnwardEvent[];
  allowedStatuses: OnwardStatus[];
}

export interface InboxView {
  id: string;
  service: ServiceRef;
  status: OnwardStatus;
  statusReason: string | null;
  shared: SharedItem[];
  message: string;
  sentAt: string;
  sentBy: string;
  schemeName: string;
  outcome: Outcome | null;
  version: number;
  events: OnwardEvent[];
  allowedStatuses: OnwardStatus[];
}

export interface Draft {
  caseId: string;
  service: ServiceRef & { active: boolean; description: string | null };
  fields: { key: string; label: string; minimum: boolean; value: string }[];
  stats: { medianResponseHours: number | null; acceptanceRate: number | null; answered: number };
}

export interface CreateInput {
  serviceId: string;
  consent: boolean;
  sharedFields: string[];
  message: string;
}

const scheme = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const caseBase = (slug: string, caseId: string) =>
  `${scheme(slug)}/cases/${encodeURIComponent(caseId)}/onward-referrals`;
const one = (slug: string, id: string) => `${scheme(slug)}/onward-referrals/${encodeURIComponent(id)}`;
const inbox = (slug: string) => `${scheme(slug)}/inbox/onward-referrals`;

export const onwardApi = {
  forCase: (slug: string, caseId: string) => apiRequest<{ items: OnwardView[] }>(caseBase(slug, caseId)),
  draft: (slug: string, caseId: string, serviceId: string) =>
    apiRequest<Draft>(`${caseBase(slug, caseId)}/draft${toQuery({ service: serviceId })}`),
  create: (slug: string, caseId: string, input: CreateInput) =>
    apiRequest<OnwardView>(caseBase(slug, caseId), { method: 'POST', body: input }),
  recordStatus: (
    slug: string,
    id: string,
    input: { version: number; status: string; reason?: string; outcome?: Outcome },
  ) => apiRequest<OnwardView>(`${one(slug, id)}/status`, { method: 'POST', body: input }),
  cancel: (slug: string, id: string, input: { version: number; reason: string }) =>
    apiRequest<OnwardView>(`${one(slug, id)}/cancel`, { method: 'POST', body: input }),
  inbox: (slug: string, status?: string, after?: string) =>
    apiRequest<{ items: InboxView[]; next: string | null }>(`${inbox(slug)}${toQuery({ status, after })}`),
  inboxItem: (slug: string, id: string) => apiRequest<InboxView>(`${inbox(slug)}/${encodeURIComponent(id)}`),
  respond: (
    slug: string,
    id: string,
    action: 'accept' | 'decline' | 'start' | 'hold' | 'complete' | 'fail',
    body: { version: number; reason?: string; outcome?: Outcome },
  ) => apiRequest<InboxView>(`${inbox(slug)}/${encodeURIComponent(id)}/${action}`, { method: 'POST', body }),
};
