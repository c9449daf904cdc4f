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
  referral: {
    made: boolean;
    authority: string | null;
    referredAt: string | null;
    reference: string | null;
    referredBy: string | null;
    notReferredReason: string;
  };
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
const riskPath = (slug: string, caseId: string, riskId: string) =>
  `${casePath(slug, caseId)}/risks/${encodeURIComponent(riskId)}`;
const concernPath = (slug: string, caseId: string, id: string) =>
  `${casePath(slug, caseId)}/safeguarding/${encodeURIComponent(id)}`;

/** Calls about risk records and safeguarding concerns, within the active scheme. */
export const riskApi = {
  /** `matches`: each finding as the worker reads it, the words and why ("end things" (thoughts of suicide …)). */
  language: (slug: string, text: string) =>
    apiRequest<{
      matches: string[];
      findings: { category: string; categoryLabel: string; rule: string; excerpt: string }[];
    }>(`${schemePath(slug)}/risk/language`, { method: 'POST', body: { text } }),
  crisisHelp: (slug: string) => apiRequest<{ crisisContacts: CrisisContact[] }>(`${schemePath(slug)}/risk/crisis-help`),
  list: (slug: string, caseId: string) => apiRequest<{ items: RiskView[] }>(`${casePath(slug, caseId)}/risks`),
  get: (slug: string, caseId: string, riskId: string) => apiRequest<RiskView>(riskPath(slug, caseId, riskId)),
  resolveAction: (
    slug: string,
    caseId: string,
    riskId: string,
    actionId: string,
    body: { status: 'done' | 'not_done'; note: string },
  ) =>
    apiRequest<RiskView>(`${riskPath(slug, caseId, riskId)}/actions/${encodeURIComponent(actionId)}`, {
      method: 'POST',
      body,
    }),
  close: (slug: string, caseId: string, riskId: string, body: { version: number; note: string }) =>
    apiRequest<RiskView>(`${riskPath(slug, caseId, riskId)}/close`, { method: 'POST', body }),
  categories: (slug: string) => apiRequest<Categories>(`${schemePath(slug)}/safeguarding/categories`),
  concerns: (slug: string, status?: 'open' | 'closed', after?: string) =>
    apiRequest<{ items: ConcernListItem[]; next: string | null }>(
      `${schemePath(slug)}/safeguarding${toQuery({ status, after })}`,
    ),
  raiseConcern: (
    slug: string,
    caseId: string,
    body: {
      subject: SafeguardingSubject;
      categories: string[];
      description: string;
      immediateAction: string;
      riskId?: string;
    },
  ) => apiRequest<ConcernView>(`${casePath(slug, caseId)}/safeguarding`, { method: 'POST', body }),
  concern: (slug: string, caseId: string, id: string) => apiRequest<ConcernView>(concernPath(slug, caseId, id)),
  recordReferral: (
    slug: string,
    caseId: string,
    id: string,
    body: {
      version: number;
      made: boolean;
      authority: string;
      referredAt: string;
      reference: string;
      notReferredReason: string;
    },
  ) => apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/referral`, { method: 'PUT', body }),
  addConcernAction: (slug: string, caseId: string, id: string, description: string) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/actions`, { method: 'POST', body: { description } }),
  closeConcern: (slug: string, caseId: string, id: string, body: { version: number; outcome: string }) =>
    apiRequest<ConcernView>(`${concernPath(slug, caseId, id)}/close`, { method: 'POST', body }),
};

/** The `activeRisk` field on lists of people or cases (ActiveRisk in risk.schemas.ts): null when none is active. */
export type ActiveRisk = {
  level: 'medium' | 'high' | 'immediate';
  since: string;
  riskId: string;
  caseId: string;
} | null;

/** A list filter: only people with an active risk at this level or above (RiskAtLeast in risk.schemas.ts). */
export type RiskAtLeast = 'medium' | 'high' | 'immediate';

/** One active risk on the team risk board (RiskBoardItem in risk.schemas.ts). */
export interface RiskBoardItem {
  riskId: string;
  caseId: string;
  level: 'medium' | 'high' | 'immediate';
  since: string;
  ageDays: number;
  person: { id: string; name: string };
  worker: { id: string; name: string };
  overdue: boolean;
  outstanding: { id: string; description: string; dueAt: string; overdue: boolean; assignee: string }[];
}

/** The team risk board: a supervisor's supervisees' active risks, or the whole scheme's for a manager. */
export interface RiskBoard {
  scope: 'scheme' | 'supervisees';
  total: number;
  items: RiskBoardItem[];
  next: string | null;
}

/** The team risk board, a keyset page at a time. */
export const riskBoardApi = {
  get: (slug: string, after?: string) =>
    apiRequest<RiskBoard>(`/api/schemes/${encodeURIComponent(slug)}/risk/board${toQuery({ after })}`),
};
