import { apiRequest, toQuery } from './client.ts';
import type { PeoplePageQuery } from './types.ts';

/** Shapes of src/modules/support/support.schemas.ts and the safety part of the scheme settings. */

export type SupervisionKind = 'clinical' | 'managerial' | 'peer' | 'group';
export type DebriefReason = 'distressing_session' | 'difficult_sessions_in_row' | 'high_risk' | 'asked';

export interface CrisisContact {
  name: string;
  phone: string;
  when: string;
}

export interface SafetySettings {
  /** The scheme's own phrases, added to the built-in risk-language detector (never replacing it). */
  addedRiskPhrases: string[];
  crisisContacts: CrisisContact[];
  safeguardingLeadId: string | null;
  supervisionCadenceDays: number;
  difficultSessionsInRow: number;
  debriefResponseWorkingDays: number;
  loneWorkingGraceMinutes: number;
  loneWorkingEscalationMinutes: number;
  /** Lone working: how many minutes before a visit's planned start the worker may check in. */
  loneWorkingCheckInWindowMinutes: number;
  /** Onward referrals: a reminder after this many working days without an answer. */
  onwardReminderWorkingDays: number;
  /** Onward referrals: declined automatically after this many days without an answer. */
  onwardAutoDeclineDays: number;
}

export interface StaffMember {
  userId: string;
  name: string;
  role: string;
}

export interface SupervisionSummary {
  workerId: string;
  workerName: string;
  supervisorId: string | null;
  supervisorName: string | null;
  cadenceDays: number;
  lastHeldOn: string | null;
  dueOn: string;
  overdue: boolean;
}

export interface SupervisionOverview {
  me: SupervisionSummary | null;
  /** One page of a supervisor's supervisees (a manager: every link worker), by name. */
  supervisees: SupervisionSummary[];
  next: string | null;
  previous: string | null;
}

export interface SupervisionAction {
  id: string;
  sessionId: string;
  description: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  done: boolean;
  overdue: boolean;
}

export interface WorkerSupervision {
  summary: SupervisionSummary;
  sessions: {
    id: string;
    heldOn: string;
    kind: SupervisionKind;
    supervisorId: string;
    supervisorName: string;
    confidential: boolean;
  }[];
  actions: SupervisionAction[];
  canRecord: boolean;
}

export interface SupervisionSession {
  id: string;
  workerId: string;
  workerName: string;
  supervisorId: string;
  supervisorName: string;
  heldOn: string;
  kind: SupervisionKind;
  recordedAt: string;
  confidential: boolean;
  notes: string | null;
  casesDiscussed: { id: string; name: string }[] | null;
  actions: SupervisionAction[] | null;
}

export interface SupervisionSessionBody {
  workerId: string;
  heldOn: string;
  kind: SupervisionKind;
  notes: string;
  casesDiscussed: string[];
  actions: { description: string; ownerId: string; dueOn: string }[];
}

export interface DebriefSummary {
  id: string;
  workerId: string;
  workerName: string;
  supervisorName: string | null;
  reason: DebriefReason;
  requestedAt: string;
  respondBy: string;
  status: 'requested' | 'completed';
  completedAt: string | null;
  overdue: boolean;
  escalated: boolean;
}

export interface DebriefList {
  items: DebriefSummary[];
  counts: { open: number; overdue: number; escalated: number };
}

export interface Debrief extends DebriefSummary {
  confidential: boolean;
  notes: string | null;
  caseId: string | null;
  canComplete: boolean;
}

export interface Reflection {
  id: string;
  body: string;
  writtenAt: string;
  updatedAt: string;
  version: number;
}

export interface WorkloadSignals {
  workerId: string;
  workerName: string;
  caseload: { openCases: number; cap: number; overCap: boolean } | null;
  complexCases: number;
  sessionsThisWeek: number;
  difficultSessionsInRow: number;
  overdueTasks: number;
  supervision: { dueOn: string; overdue: boolean } | null;
  openDebriefs: number;
  warnings: string[];
}

export interface TeamWellbeing {
  /** One page of link workers, by name. */
  workers: WorkloadSignals[];
  difficultSessionsThreshold: number;
  next: string | null;
  previous: string | null;
}

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;

/** Safety settings, supervision, debriefs, the private reflective log and workload signals. */
export const supportApi = {
  saveSafety: (slug: string, body: SafetySettings & { version: number }) =>
    apiRequest<unknown>(`${schemePath(slug)}/settings/safety`, { method: 'PUT', body }),
  supervision: (slug: string, page: PeoplePageQuery = {}) =>
    apiRequest<SupervisionOverview>(`${schemePath(slug)}/supervision${toQuery({ ...page })}`),
  workerSupervision: (slug: string, workerId: string) =>
    apiRequest<WorkerSupervision>(`${schemePath(slug)}/supervision/workers/${encodeURIComponent(workerId)}`),
  session: (slug: string, id: string) =>
    apiRequest<SupervisionSession>(`${schemePath(slug)}/supervision/sessions/${encodeURIComponent(id)}`),
  recordSession: (slug: string, body: SupervisionSessionBody) =>
    apiRequest<SupervisionSession>(`${schemePath(slug)}/supervision/sessions`, { method: 'POST', body }),
  completeAction: (slug: string, id: string) =>
    apiRequest<void>(`${schemePath(slug)}/supervision/actions/${encodeURIComponent(id)}/done`, { method: 'POST' }),
  debriefs: (slug: string) => apiRequest<DebriefList>(`${schemePath(slug)}/debriefs`),
  debrief: (slug: string, id: string) => apiRequest<Debrief>(`${schemePath(slug)}/debriefs/${encodeURIComponent(id)}`),
  askForDebrief: (slug: string) => apiRequest<Debrief>(`${schemePath(slug)}/debriefs`, { method: 'POST' }),
  completeDebrief: (slug: string, id: string, notes: string) =>
    apiRequest<Debrief>(`${schemePath(slug)}/debriefs/${encodeURIComponent(id)}/complete`, {
      method: 'POST',
      body: { notes },
    }),
  reflections: () => apiRequest<{ items: Reflection[] }>('/api/reflections'),
  reflection: (id: string) => apiRequest<Reflection>(`/api/reflections/${encodeURIComponent(id)}`),
  addReflection: (body: string) => apiRequest<Reflection>('/api/reflections', { method: 'POST', body: { body } }),
  editReflection: (id: string, version: number, body: string) =>
    apiRequest<Reflection>(`/api/reflections/${encodeURIComponent(id)}`, { method: 'PUT', body: { version, body } }),
  myWellbeing: (slug: string) => apiRequest<WorkloadSignals>(`${schemePath(slug)}/wellbeing/me`),
  teamWellbeing: (slug: string, page: PeoplePageQuery = {}) =>
    apiRequest<TeamWellbeing>(`${schemePath(slug)}/wellbeing/team${toQuery({ ...page })}`),
};
