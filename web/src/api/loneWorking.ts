import { apiRequest } from './client.ts';
import type { BodyOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/safety/lone-working/lone-working.schemas.ts, from the server's contract. */

export type VisitView = ResponseOf<'/api/schemes/{slug}/lone-working/visits/{id}', 'get'>;
export type VisitList = ResponseOf<'/api/schemes/{slug}/lone-working/visits/mine', 'get'>;
export type VisitSummary = VisitList['visits'][number];
export type VisitStatus = VisitSummary['status'];
export type AlertState = VisitSummary['alert'];
export type VisitAction = VisitSummary['allowedActions'][number];
/** The team board: every visit needing action (on every page), then a page of the others. */
export type TeamBoard = ResponseOf<'/api/schemes/{slug}/lone-working/visits/team', 'get'>;
export type PlanVisitInput = BodyOf<'/api/schemes/{slug}/lone-working/visits', 'post'>;
/** A visit starting now: until a time (`expectedEnd`) or for a length (`durationMinutes`). */
export type UnplannedVisitInput = BodyOf<'/api/schemes/{slug}/lone-working/visits/unplanned', 'post'>;
type ExtendInput = BodyOf<'/api/schemes/{slug}/lone-working/visits/{id}/extend', 'post'>;
type CancelInput = BodyOf<'/api/schemes/{slug}/lone-working/visits/{id}/cancel', 'post'>;

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
  extend: (slug: string, id: string, input: ExtendInput) =>
    apiRequest<VisitView>(`${one(slug, id)}/extend`, { method: 'POST', body: input }),
  cancel: (slug: string, id: string, input: CancelInput) =>
    apiRequest<VisitView>(`${one(slug, id)}/cancel`, { method: 'POST', body: input }),
  acknowledge: (slug: string, id: string, note: string) =>
    apiRequest<VisitView>(`${one(slug, id)}/acknowledge`, { method: 'POST', body: { note } }),
};
