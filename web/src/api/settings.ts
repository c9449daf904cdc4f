import { apiRequest, toQuery } from './client.ts';
import type { SafetySettings, StaffMember } from './support.ts';
import type { PeoplePageQuery } from './types.ts';

/** Shapes of src/modules/scheme-settings/scheme-settings.schemas.ts. */

export type ExclusionOutcome = 'out_of_scope' | 'needs_review';

export interface Exclusion {
  /** A circumstance code from GET /api/codes. */
  circumstance: string;
  outcome: ExclusionOutcome;
  /** The pathway to suggest instead. */
  alternative: string;
  /**
   * Crisis-type: a referral naming it is still saved, flagged "possible crisis – review today" and put
   * first in triage; the referrer is told where to get urgent help. Left out when saving: true for
   * mental-health-crisis only.
   */
  crisis?: boolean;
}

export interface Criteria {
  minAge: number;
  maxAge: number | null;
  /** ODS codes; empty for any practice. */
  practicesServed: string[];
  /** Need codes; empty for any need. */
  needsInScope: string[];
  selfReferralOpen: boolean;
  exclusions: Exclusion[];
}

export interface Policies {
  /** People a full-time worker supports in a year (200–250 is safe). */
  annualPeoplePerFte: number;
  fullTimeHours: number;
  contactAttempts: number;
  contactWindowDays: number;
  letterWaitDays: number;
  interventionWeeks: number;
  interventionSessions: number;
}

export type CriteriaBody = Criteria & { version: number };
export type PoliciesBody = Policies & { version: number };

export interface WorkerProfileBody {
  hoursPerWeek: number;
  languages: string[];
  acceptingCases: boolean;
  /** Left out: unchanged. */
  supervisorId?: string | null;
  /** null: the scheme's cadence. */
  supervisionCadenceDays?: number | null;
  startedOn?: string | null;
}

export interface WorkerCapacity {
  cap: number;
  annualCap: number;
  openCases: number;
  allocatedThisYear: number;
  spare: number;
  overCap: boolean;
}

export interface WorkerProfileView extends WorkerProfileBody {
  supervisorId: string | null;
  supervisionCadenceDays: number | null;
  startedOn: string | null;
  userId: string;
  name: string;
  capacity: WorkerCapacity;
}

export interface SchemeSettings {
  scheme: { id: string; slug: string; name: string };
  version: number;
  updatedAt: string;
  criteria: Criteria;
  policies: Policies;
  /** GP practices known to Linkwork, to choose from. */
  practices: { odsCode: string; name: string }[];
  safety: SafetySettings;
  /** What the built-in risk-language detector catches, by category with examples (read-only). */
  builtInRiskLanguage: {
    category: string;
    label: string;
    rules: { id: string; catches: string; examples: string[] }[];
  }[];
  /** Active managers and supervisors: who may be safeguarding lead or a named supervisor. */
  staff: StaffMember[];
}

/** A page of the scheme's active link workers by name (GET /api/schemes/:slug/workers). */
export interface WorkerPage {
  /** Up to 25, each with their hours, languages and safe-caseload position. */
  workers: WorkerProfileView[];
  /** How many active link workers the scheme has (whose name contains q, when given). */
  total: number;
  /** Cursor for the next page (pass as after), or null on the last page. */
  next: string | null;
  /** Cursor for the page before (pass as before), or null on the first page. */
  previous: string | null;
}

/** A page of workers: after or before a cursor, and a part of the name to look for. */
export type WorkerPageQuery = PeoplePageQuery & { q?: string };

const settingsPath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;

/** A scheme's criteria and policies, and its link workers' working patterns a page at a time. */
export const settingsApi = {
  get: (slug: string) => apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings`),
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
