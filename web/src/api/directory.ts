import { apiRequest } from './client.ts';
import type { BodyOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/community/directory/staff/staff-directory.schemas.ts, from the server's contract. */

type DirectoryPath = '/api/schemes/{slug}/directory';
type ServicePath = `${DirectoryPath}/services/{id}`;
type OwnersPath = '/api/admin/organisations/{id}/directory-organizations';

export type SearchResults = ResponseOf<`${DirectoryPath}/services`, 'get'>;
export type ServiceResult = SearchResults['results'][number];
export type FreshnessState = ServiceResult['freshness']['state'];
export type CapacityStatus = NonNullable<ServiceResult['capacity']['status']>;
export type SearchChoices = ResponseOf<`${DirectoryPath}/search-choices`, 'get'>;

export type ServiceDetail = ResponseOf<ServicePath, 'get'>;
/** The parts of an ORUK 3.0 service the pages show (the server sends the whole service). */
export type OrukService = ServiceDetail['service'];
export type EditableFields = ServiceDetail['editable'];
export type ServiceStatus = EditableFields['status'];
export type EditServiceInput = BodyOf<ServicePath, 'put'>;

type NoteList = ResponseOf<`${ServicePath}/notes`, 'get'>;
export type Note = NoteList['notes'][number];
type ChangeReportList = ResponseOf<`${DirectoryPath}/change-reports`, 'get'>;
export type ChangeReport = ChangeReportList['reports'][number];
export type ChangeKind = ChangeReport['kind'];
export type OwnedServiceList = ResponseOf<`${DirectoryPath}/our-services`, 'get'>;
type OwnedDirectoryOrganisations = ResponseOf<OwnersPath, 'get'>;

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
  notes: (slug: string, id: string) => apiRequest<NoteList>(`${service(slug, id)}/notes`),
  addNote: (slug: string, id: string, body: string) =>
    apiRequest<NoteList>(`${service(slug, id)}/notes`, { method: 'POST', body: { body } }),
  deleteNote: (slug: string, id: string, noteId: string) =>
    apiRequest<NoteList>(`${service(slug, id)}/notes/${encodeURIComponent(noteId)}`, { method: 'DELETE' }),
  reportChange: (slug: string, id: string, input: BodyOf<`${ServicePath}/change-reports`, 'post'>) =>
    apiRequest<ResponseOf<`${ServicePath}/change-reports`, 'post'>>(`${service(slug, id)}/change-reports`, {
      method: 'POST',
      body: input,
    }),
  changeReports: (slug: string, status: ChangeReport['status']) =>
    apiRequest<ChangeReportList>(`${base(slug)}/change-reports?status=${status}`),
  resolve: (slug: string, reportId: string, note: string) =>
    apiRequest<ChangeReportList>(`${base(slug)}/change-reports/${encodeURIComponent(reportId)}/resolve`, {
      method: 'POST',
      body: { note },
    }),
  ourServices: (slug: string) => apiRequest<OwnedServiceList>(`${base(slug)}/our-services`),
};

const owners = (organisationId: string) =>
  `/api/admin/organisations/${encodeURIComponent(organisationId)}/directory-organizations`;

/** Administrators: which directory organisations an organisation looks after. */
export const directoryOwnersApi = {
  list: (organisationId: string) => apiRequest<OwnedDirectoryOrganisations>(owners(organisationId)),
  add: (organisationId: string, directoryOrganizationId: string) =>
    apiRequest<OwnedDirectoryOrganisations>(
      `${owners(organisationId)}/${encodeURIComponent(directoryOrganizationId)}`,
      { method: 'PUT' },
    ),
  remove: (organisationId: string, directoryOrganizationId: string) =>
    apiRequest<OwnedDirectoryOrganisations>(
      `${owners(organisationId)}/${encodeURIComponent(directoryOrganizationId)}`,
      { method: 'DELETE' },
    ),
  find: (q: string) =>
    apiRequest<ResponseOf<'/api/admin/directory-organizations', 'get'>>(
      `/api/admin/directory-organizations?q=${encodeURIComponent(q)}`,
    ),
};
