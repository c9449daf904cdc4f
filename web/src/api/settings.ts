import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/scheme/scheme-settings/scheme-settings.schemas.ts, from the server's contract. */

type SettingsPath = '/api/schemes/{slug}/settings';
type WorkerPath = '/api/schemes/{slug}/workers/{userId}';

export type SchemeSettings = ResponseOf<SettingsPath, 'get'>;
export type Criteria = SchemeSettings['criteria'];
export type Exclusion = Criteria['exclusions'][number];
export type ExclusionOutcome = Exclusion['outcome'];
export type Policies = SchemeSettings['policies'];
export type CriteriaBody = BodyOf<`${SettingsPath}/criteria`, 'put'>;
export type PoliciesBody = BodyOf<`${SettingsPath}/policies`, 'put'>;

export type WorkerProfileBody = BodyOf<WorkerPath, 'put'>;
export type WorkerProfileView = ResponseOf<WorkerPath, 'get'>;
export type WorkerCapacity = WorkerProfileView['capacity'];
/** A page of the scheme's active link workers by name (GET /api/schemes/:slug/workers). */
export type WorkerPage = ResponseOf<'/api/schemes/{slug}/workers', 'get'>;
/** A page of workers: after or before a cursor, and a part of the name to look for. */
export type WorkerPageQuery = QueryOf<'/api/schemes/{slug}/workers', 'get'>;

/** A page of the scheme's active managers and supervisors by name (GET /api/schemes/:slug/settings/staff). */
export type StaffPage = ResponseOf<`${SettingsPath}/staff`, 'get'>;
/** A page of staff: after a cursor, a part of the name to look for, and how many. */
export type StaffPageQuery = QueryOf<`${SettingsPath}/staff`, 'get'>;
/** Someone who may be safeguarding lead or a named supervisor. */
export type StaffMember = StaffPage['staff'][number];
/** The chosen safeguarding lead or named supervisor by name; role null when they no longer hold one here. */
export type StaffChoice = NonNullable<SchemeSettings['safeguardingLead']>;

const settingsPath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;

/** A scheme's criteria and policies, and its link workers' working patterns a page at a time. */
export const settingsApi = {
  get: (slug: string) => apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings`),
  /** Who may be safeguarding lead or a named supervisor, a page at a time. */
  staff: (slug: string, query: StaffPageQuery = {}) =>
    apiRequest<StaffPage>(`${settingsPath(slug)}/settings/staff${toQuery({ ...query })}`),
  saveCriteria: (slug: string, body: CriteriaBody) =>
    apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings/criteria`, { method: 'PUT', body }),
  savePolicies: (slug: string, body: PoliciesBody) =>
    apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings/policies`, { method: 'PUT', body }),
  workers: (slug: string, query: WorkerPageQuery = {}) =>
    apiRequest<WorkerPage>(`${settingsPath(slug)}/workers${toQuery({ ...query })}`),
  worker: (slug: string, userId: string) =>
    apiRequest<WorkerProfileView>(`${settingsPath(slug)}/workers/${encodeURIComponent(userId)}`),
  /** Answers with the worker as saved. */
  saveWorker: (slug: string, userId: string, body: WorkerProfileBody) =>
    apiRequest<WorkerProfileView>(`${settingsPath(slug)}/workers/${encodeURIComponent(userId)}`, {
      method: 'PUT',
      body,
    }),
};
