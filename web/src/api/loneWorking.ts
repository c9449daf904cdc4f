import { apiRequest } from './client.ts';

/** Shapes of src/modules/lone-working/lone-working.schemas.ts. */

export type VisitStatus = 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
export type AlertState = 'none' | 'active' | 'acknowledged' | 'cleared';
export type VisitAction = 'check-in' | 'check-out' | 'extend' | 'cancel' | 'help' | 'acknowledge';

export interface VisitSummary {
  id: string;
  status: VisitStatus;
  worker: { id: string; name: string };
  buddy: { id: string; name: string };
  caseId: string | null;
  place: string;
  purpose: string;
  workerPhone: string;
  plannedStart: string;
  expectedEnd: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  /** A planned visit: when it may be checked in (from the scheme's window before the start until the planned end). */
  checkIn: { from: string; until: string } | null;
  helpRequestedAt: string | null;
  overdue: boolean;
  alertDueAt: string;
  alertLevel: number;
  alert: AlertState;
  lastAlertAt: string | null;
  escalationEndedAt: string | null;
  acknowledgement: { at: string; by: string; note: string } | null;
  version: number;
  allowedActions: VisitAction[];
}

export interface VisitView extends VisitSummary {
  timeline: { at: string; kind: string; text: string; by: string | null }[];
}

export interface VisitList {
  visits: VisitSummary[];
  graceMinutes: number;
  escalationMinutes: number;
  checkInWindowMinutes: number;
}

/** The team board: every visit needing action (on every page), then a page of the others. */
export interface TeamBoard extends VisitList {
  /** Overdue visits and alerts nobody has acknowledged, most urgent first: at most 50. */
  urgent: VisitSummary[];
  /** More visits need action than the 50 in `urgent`. */
  moreUrgent: boolean;
  /** Cursor of the next page of the other visits, or null. */
  next: string | null;
}

export interface PlanVisitInput {
  place: string;
  purpose: string;
  plannedStart: string;
  expectedEnd: string;
  buddyId: string;
  workerPhone: string;
  caseId: string | null;
}

/** A visit starting now: until a time (`expectedEnd`) or for a length (`durationMinutes`). */
export interface UnplannedVisitInput {
  place: string;
  purpose: string;
  expectedEnd?: string;
  durationMinutes?: number;
  buddyId: string;
  workerPhone: string;
  caseId: string | null;
}

const base = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}/lone-working/visits`;
const one = (slug: string, id: string) => `${base(slug)}/${encodeURIComponent(id)}`;

/** Calls for lone-working visits: the worker's own, the team board, and each step of a visit. */
export const loneWorkingApi = {
  mine: (slug: string) => apiRequest<VisitList>(`${base(slug)}/mine`),
  team: (slug: string, after?: string | null) =>
    apiRequest<TeamBoard>(`${base(slug)}/team${after ? `?after=${encodeURIComponent(after)}` : ''}`),
  get: (slug: string, id: string) => apiRequest<VisitView>(one(slug, id)),
  plan: (slug: string, input: PlanVisitInput) => apiRequest<VisitView>(base(slug), { method: 'POST', body: input }),
  startUnplanned: (slug: string, input: UnplannedVisitInput) =>
    apiRequest<VisitView>(`${base(slug)}/unplanned`, { method: 'POST', body: input }),
  help: (slug: string, id: string) => apiRequest<VisitView>(`${one(slug, id)}/help`, { method: 'POST' }),
  checkIn: (slug: string, id: string) => apiRequest<VisitView>(`${one(slug, id)}/check-in`, { method: 'POST' }),
  checkOut: (slug: string, id: string) => apiRequest<VisitView>(`${one(slug, id)}/check-out`, { method: 'POST' }),
  extend: (slug: string, id: string, input: { version: number; expectedEnd: string; reason?: string }) =>
    apiRequest<VisitView>(`${one(slug, id)}/extend`, { method: 'POST', body: input }),
  cancel: (slug: string, id: string, input: { version: number; reason?: string }) =>
    apiRequest<VisitView>(`${one(slug, id)}/cancel`, { method: 'POST', body: input }),
  acknowledge: (slug: string, id: string, note: string) =>
    apiRequest<VisitView>(`${one(slug, id)}/acknowledge`, { method: 'POST', body: { note } }),
};
