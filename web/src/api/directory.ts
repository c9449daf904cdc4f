import { apiRequest } from './client.ts';

/** Shapes of src/modules/directory/staff/staff-directory.schemas.ts. */

export type CapacityStatus = 'capacity' | 'waitlist' | 'no_capacity';
export type FreshnessState = 'fresh' | 'stale' | 'unknown';
export type ChangeKind = 'closed' | 'wrong_contact' | 'wrong_times' | 'other';
export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface ServiceResult {
  id: string;
  name: string;
  description: string | null;
  status: string;
  organisation: { id: string | null; name: string | null };
  owner: { organisationId: string; name: string; type: string; onLinkwork: boolean } | null;
  place: { name: string | null; address: string | null; postcode: string | null } | null;
  otherPlaces: number;
  distanceMiles: number | null;
  languages: { name: string | null; code: string | null }[];
  needs: { id: string; name: string }[];
  ageRange: { minimum: number | null; maximum: number | null };
  cost: { free: boolean; text: string };
  freshness: { assuredDate: string | null; state: FreshnessState };
  capacity: { status: CapacityStatus | null; note: string | null; updatedAt: string | null };
  referrals: { medianResponseHours: number | null; acceptanceRate: number | null; answered: number };
}

export interface SearchResults {
  /** How many match; a filtered search counts up to 1,000. */
  total: number;
  /** True when more than `total` match. */
  totalCapped: boolean;
  page: number;
  size: number;
  located: { postcode: string; precision: 'postcode' | 'district'; withinMiles: number } | null;
  results: ServiceResult[];
}

export interface SearchChoices {
  needs: { id: string; name: string; services: number }[];
  languages: { code: string; name: string }[];
}

/** The parts of an ORUK service the pages show. */
export interface OrukService {
  id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: string;
  fees?: string;
  alert?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified?: string;
  organization?: { id: string; name: string; website?: string };
  schedules?: {
    id: string;
    freq?: string;
    interval?: number;
    byday?: string;
    bymonthday?: string;
    opens_at?: string;
    closes_at?: string;
    description?: string;
    valid_from?: string;
    valid_to?: string;
    attending_type?: string;
    notes?: string;
  }[];
  contacts?: {
    id: string;
    name?: string;
    title?: string;
    phones?: { id: string; number: string; description?: string }[];
  }[];
  languages?: { id: string; name?: string; code?: string }[];
  cost_options?: { id: string; option?: string; amount?: number; amount_description?: string }[];
  service_at_locations?: {
    id: string;
    location?: {
      id: string;
      name?: string;
      addresses?: { address_1: string; address_2?: string; city: string; postal_code: string }[];
    };
  }[];
}

export interface EditableFields {
  name: string;
  description: string | null;
  email: string | null;
  url: string | null;
  status: ServiceStatus;
  minimumAge: number | null;
  maximumAge: number | null;
  fees: string | null;
  free: boolean;
  languages: { name: string; code: string }[];
  capacity: CapacityStatus | null;
  capacityNote: string | null;
}

export interface ServiceDetail {
  service: OrukService;
  summary: ServiceResult;
  editable: EditableFields;
  version: number;
  canEdit: boolean;
  canNote: boolean;
  openChangeReports: number;
}

export interface Note {
  id: string;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
  mine: boolean;
}
export interface ChangeReport {
  id: string;
  service: { id: string; name: string };
  kind: ChangeKind;
  details: string;
  reportedAt: string;
  reportedBy: string;
  status: 'open' | 'resolved';
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}
export interface OwnedServiceList {
  organisation: { id: string; name: string } | null;
  services: {
    id: string;
    name: string;
    status: string;
    organisationName: string | null;
    freshness: ServiceResult['freshness'];
    capacity: ServiceResult['capacity'];
  }[];
}
export type EditServiceInput = Partial<Omit<EditableFields, 'name' | 'status'>> & {
  version: number;
  name?: string;
  status?: ServiceStatus;
  confirmCorrect?: boolean;
};

const base = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}/directory`;
const service = (slug: string, id: string) => `${base(slug)}/services/${encodeURIComponent(id)}`;

/** Calls for the staff directory: search, a service, its notes, change reports and owners' edits. */
export const directoryApi = {
  search: (slug: string, query: URLSearchParams) =>
    apiRequest<SearchResults>(`${base(slug)}/services?${query.toString()}`),
  choices: (slug: string) => apiRequest<SearchChoices>(`${base(slug)}/search-choices`),
  get: (slug: string, id: string) => apiRequest<ServiceDetail>(service(slug, id)),
  edit: (slug: string, id: string, input: EditServiceInput) =>
    apiRequest<ServiceDetail>(service(slug, id), { method: 'PUT', body: input }),
  notes: (slug: string, id: string) => apiRequest<{ notes: Note[] }>(`${service(slug, id)}/notes`),
  addNote: (slug: string, id: string, body: string) =>
    apiRequest<{ notes: Note[] }>(`${service(slug, id)}/notes`, { method: 'POST', body: { body } }),
  deleteNote: (slug: string, id: string, noteId: string) =>
    apiRequest<{ notes: Note[] }>(`${service(slug, id)}/notes/${encodeURIComponent(noteId)}`, { method: 'DELETE' }),
  reportChange: (slug: string, id: string, input: { kind: ChangeKind | ''; details: string }) =>
    apiRequest<{ id: string }>(`${service(slug, id)}/change-reports`, { method: 'POST', body: input }),
  changeReports: (slug: string, status: 'open' | 'resolved') =>
    apiRequest<{ reports: ChangeReport[] }>(`${base(slug)}/change-reports?status=${status}`),
  resolve: (slug: string, reportId: string, note: string) =>
    apiRequest<{ reports: ChangeReport[] }>(`${base(slug)}/change-reports/${encodeURIComponent(reportId)}/resolve`, {
      method: 'POST',
      body: { note },
    }),
  ourServices: (slug: string) => apiRequest<OwnedServiceList>(`${base(slug)}/our-services`),
};

const owners = (organisationId: string) =>
  `/api/admin/organisations/${encodeURIComponent(organisationId)}/directory-organizations`;

/** Administrators: which directory organisations an organisation looks after. */
export const directoryOwnersApi = {
  list: (organisationId: string) =>
    apiRequest<{ items: { id: string; name: string; services: number }[] }>(owners(organisationId)),
  add: (organisationId: string, directoryOrganizationId: string) =>
    apiRequest<{ items: { id: string; name: string; services: number }[] }>(
      `${owners(organisationId)}/${encodeURIComponent(directoryOrganizationId)}`,
      { method: 'PUT' },
    ),
  remove: (organisationId: string, directoryOrganizationId: string) =>
    apiRequest<{ items: { id: string; name: string; services: number }[] }>(
      `${owners(organisationId)}/${encodeURIComponent(directoryOrganizationId)}`,
      { method: 'DELETE' },
    ),
  find: (q: string) =>
    apiRequest<{ items: { id: string; name: string; owner: { id: string; name: string } | null }[] }>(
      `/api/admin/directory-organizations?q=${encodeURIComponent(q)}`,
    ),
};
