import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, ResponseOf } from './contract.ts';
import type { PeoplePageQuery } from './types.ts';

/** Shapes of src/modules/workforce/support (supervision, debriefs, reflections, wellbeing) and the safety settings, from the server's contract. */

type SupervisionPath = '/api/schemes/{slug}/supervision';
type SafetyPath = '/api/schemes/{slug}/settings/safety';

export type SafetySettings = ResponseOf<'/api/schemes/{slug}/settings', 'get'>['safety'];
export type SafetySettingsBody = BodyOf<SafetyPath, 'put'>;
export type CrisisContact = SafetySettings['crisisContacts'][number];

export type SupervisionOverview = ResponseOf<SupervisionPath, 'get'>;
export type SupervisionSummary = SupervisionOverview['supervisees'][number];
export type WorkerSupervision = ResponseOf<`${SupervisionPath}/workers/{workerId}`, 'get'>;
export type SupervisionAction = WorkerSupervision['actions'][number];
export type SupervisionSession = ResponseOf<`${SupervisionPath}/sessions/{id}`, 'get'>;
export type SupervisionKind = SupervisionSession['kind'];
export type SupervisionSessionBody = BodyOf<`${SupervisionPath}/sessions`, 'post'>;

export type DebriefList = ResponseOf<'/api/schemes/{slug}/debriefs', 'get'>;
export type DebriefSummary = DebriefList['items'][number];
export type DebriefReason = DebriefSummary['reason'];
export type Debrief = ResponseOf<'/api/schemes/{slug}/debriefs/{id}', 'get'>;

export type Reflection = ResponseOf<'/api/reflections/{id}', 'get'>;

export type WorkloadSignals = ResponseOf<'/api/schemes/{slug}/wellbeing/me', 'get'>;
export type TeamWellbeing = ResponseOf<'/api/schemes/{slug}/wellbeing/team', 'get'>;

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;

/** Safety settings, supervision, debriefs, the private reflective log and workload signals. */
export const supportApi = {
  saveSafety: (slug: string, body: SafetySettingsBody) =>
    apiRequest<ResponseOf<SafetyPath, 'put'>>(`${schemePath(slug)}/settings/safety`, { method: 'PUT', body }),
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
  reflections: () => apiRequest<ResponseOf<'/api/reflections/', 'get'>>('/api/reflections'),
  reflection: (id: string) => apiRequest<Reflection>(`/api/reflections/${encodeURIComponent(id)}`),
  addReflection: (body: string) => apiRequest<Reflection>('/api/reflections', { method: 'POST', body: { body } }),
  editReflection: (id: string, version: number, body: string) =>
    apiRequest<Reflection>(`/api/reflections/${encodeURIComponent(id)}`, { method: 'PUT', body: { version, body } }),
  myWellbeing: (slug: string) => apiRequest<WorkloadSignals>(`${schemePath(slug)}/wellbeing/me`),
  teamWellbeing: (slug: string, page: PeoplePageQuery = {}) =>
    apiRequest<TeamWellbeing>(`${schemePath(slug)}/wellbeing/team${toQuery({ ...page })}`),
};
