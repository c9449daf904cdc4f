import { apiRequest } from './client.ts';
import type { SafetySettings, StaffMember } from './support.ts';

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
  workers: WorkerProfileView[];
  safety: SafetySettings;
  /** What the built-in risk-language detector catches, by category with examples (read-only). */
  builtInRiskLanguage: { category: string; label: string; rules: { id: string; catches: string; examples: string[] }[] }[];
  /** Active managers and supervisors: who may be safeguarding lead or a named supervisor. */
  staff: StaffMember[];
}

const settingsPath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;

/** A scheme's criteria, policies and link workers' working patterns. */
export const settingsApi = {
  get: (slug: string) => apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings`),
  saveCriteria: (slug: string, body: CriteriaBody) =>
    apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings/criteria`, { method: 'PUT', body }),
  savePolicies: (slug: string, body: PoliciesBody) =>
    apiRequest<SchemeSettings>(`${settingsPath(slug)}/settings/policies`, { method: 'PUT', body }),
  saveWorker: (slug: string, userId: string, body: WorkerProfileBody) =>
    apiRequest<SchemeSettings>(`${settingsPath(slug)}/workers/${encodeURIComponent(userId)}`, { method: 'PUT', body }),
};
