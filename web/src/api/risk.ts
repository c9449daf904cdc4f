import { apiRequest, toQuery } from './client.ts';

/** Shapes of src/modules/risk/risk.schemas.ts and src/modules/safeguarding/safeguarding.schemas.ts. */

export type RiskLevel = 'none' | 'low' | 'medium' | 'high' | 'immediate';
export type Feeling = 'fine' | 'affected' | 'difficult' | 'distressing';

export interface RiskCheckBody {
  thoughts: boolean;
  plans: boolean;
  means: boolean;
  intent: boolean;
  protectiveFactors: string;
  harmToOthers: boolean;
  harmToOthersDetail: string;
  safeguardingConcern: boolean;
  level: RiskLevel;
  summary: string;
}

export interface RiskActionView {
  id: string;
  kind: string;
  description: string;
  required: boolean;
  dueAt: string;
  overdue: boolean;
  assignee: { id: string; name: string };
  status: 'open' | 'done' | 'not_done';
  outcomeNote: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface CrisisContact {
  name: string;
  phone: string;
  when: string;
}

export interface RiskView {
  id: string;
  caseId: string;
  sessionId: string | null;
  level: RiskLevel;
  status: 'open' | 'closed';
  version: number;
  assessedAt: string;
  assessedBy: string | null;
  check: Omit<RiskCheckBody, 'level' | 'summary'>;
  summary: string;
  matchedPhrases: string[];
  escalationNote: string;
  notified: { name: string; at: string }[];
  actions: RiskActionView[];
  closedAt: string | null;
  closedBy: string | null;
  closingNote: string;
  crisisContacts: CrisisContact[];
  allowedActions: string[];
}

export type SafeguardingSubject = 'adult' | 'child';

export interface ConcernView {
  id: string;
  caseId: string;
  riskId: string | null;
  subject: SafeguardingSubject;
  categories: { code: string; label: string }[];
  description: string;
  immediateAction: string;
  raisedBy: string;
  raisedAt: string;
  referral: { made: boolean; authority: string | null; referredAt: string | null; reference: string | null; referredBy: string | null; notReferredReason: string };
  actions: { id: string; description: string; at: string; by: string | null }[];
  outcome: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  version: number;
  allowedActions: string[];
}

export interface ConcernListItem {
  id: string;
  caseId: string;
  patientName: string;
  subject: SafeguardingSubject;
  categories: string[];
  raisedBy: string;
  raisedAt: string;
  referralMade: boolean;
  status: 'open' | 'closed';
}

export interface Categories {
  adult: { code: string; label: string }[];
  child: { code: string; label: string }[];
}

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const casePath = (slug: string, id: string) => `${schemePath(slug)}/cases/${encodeURIComponent(id)}`;
const riskPath = (slug: string, caseId: string, riskId: string) => `${casePath(slug, caseId)}/risks/${encodeURIComponent(riskId)}`;
const concernPath = (slug: string, caseId: string, id: string) => `${casePath(slug, caseId)}/safeguarding/${encodeURIComponent(id)}`;

/** Calls about risk records and safeguarding concerns, within the active scheme. */
export const riskApi = {
  language: (slug: string, text: string) => apiRequest<{ matches: string[] }>(`${schemePath(slug)}/risk/language`, { method: 'POST', body: { text } }),
  list: (slug: string, caseId: string) => apiRequest<{ items: RiskView[] }>(`${casePath(slug, caseId)}/risks`),
  get: (slug: string, caseId: string, riskId: string) => apiRequest<RiskView>(riskPath(slug, caseId, riskId)),
  resolveAction: (slug: string, caseId: string, riskId: string, actionId: string, body: { status: 'done' | 'not_done'; note: string }) =>
    apiRequest<RiskView>(`${riskPath(slug, caseId, riskId)}/actions/${encodeURIComponent(actionId)}`, { method: 'POST', body }),
  close: (slug: string, caseId: string, riskId: string, body: { version: number; note: string }) =>
    apiRequest<RiskView>(`${riskPath(slug, caseId, riskId)}/close`, { method: 'POST', body }),
  categories: (slug: string) => apiRequest<Categories>(`${schemePath(slug)}/safeguarding/categories`),
  concerns: (slug: string, status?: 'open' | 'closed') => apiRequest<{ items: ConcernListItem[] }>(`${schemePath(slug)}/safeguarding${toQuery({ status })}`),
  raiseConcern: (slug: string, caseId: string, body: { subject: SafeguardingSubject; categories: string[]; description: string; immediateAction: string; riskId?: string }) =>
    apiRequest<ConcernView>(`${casePath(slug, caseId)}/safeguarding`, { method: 'POST', body }),
  concern: (slug: string, caseId: string, id: string) => apiRequest<ConcernView>(concernPath(slug, caseId, id)),
  recordReferral: (slug: string, caseId: string, id: string, body: { version: number; made: boolean; authority: string; referredAt: string; reference: string; notReferredReason: string }) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/referral`, { method: 'PUT', body }),
  addConcernAction: (slug: string, caseId: string, id: string, description: string) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/actions`, { method: 'POST', body: { description } }),
  closeConcern: (slug: string, caseId: string, id: string, body: { version: number; outcome: string }) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/close`, { method: 'POST', body }),
};
