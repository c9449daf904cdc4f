import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './contract.ts';
import type { AdminUser, CreatedUser, Membership, MembershipInput, Organisation, OrganisationType } from './types.ts';

/** Shapes of src/modules/identity/users, organisations and audit, from the server's contract. */

export type AuditFilters = QueryOf<'/api/admin/audit/', 'get'>;
/** One page of the audit log, newest first; `next` is the cursor of the older page after it. */
export type AuditPage = ResponseOf<'/api/admin/audit/', 'get'>;
export type NewOrganisation = BodyOf<'/api/admin/organisations/', 'post'>;

const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

/** Calls available to the administrator role. */
export const adminApi = {
  listUsers: (q: string, page: number) =>
    apiRequest<ResponseOf<'/api/admin/users/', 'get'>>(`/api/admin/users${toQuery({ q, page })}`),
  getUser: (id: string) => apiRequest<AdminUser>(userPath(id)),
  createUser: (body: BodyOf<'/api/admin/users/', 'post'>) =>
    apiRequest<CreatedUser>('/api/admin/users', { method: 'POST', body }),
  deactivateUser: (id: string, reason: string) =>
    apiRequest<AdminUser>(`${userPath(id)}/deactivate`, { method: 'POST', body: { reason } }),
  reactivateUser: (id: string) => apiRequest<AdminUser>(`${userPath(id)}/reactivate`, { method: 'POST' }),
  resetTwoFactor: (id: string, reason: string) =>
    apiRequest<AdminUser>(`${userPath(id)}/reset-two-factor`, { method: 'POST', body: { reason } }),
  resetPassword: (id: string, reason: string) =>
    apiRequest<CreatedUser>(`${userPath(id)}/reset-password`, { method: 'POST', body: { reason } }),
  addMembership: (id: string, body: MembershipInput) =>
    apiRequest<Membership>(`${userPath(id)}/memberships`, { method: 'POST', body }),
  removeMembership: (id: string, membershipId: string) =>
    apiRequest<void>(`${userPath(id)}/memberships/${encodeURIComponent(membershipId)}`, { method: 'DELETE' }),
  listOrganisations: (type?: OrganisationType) =>
    apiRequest<ResponseOf<'/api/admin/organisations/', 'get'>>(`/api/admin/organisations${toQuery({ type })}`),
  createOrganisation: (body: NewOrganisation) =>
    apiRequest<Organisation>('/api/admin/organisations', { method: 'POST', body }),
  audit: (filters: AuditFilters) => apiRequest<AuditPage>(`/api/admin/audit${toQuery({ ...filters })}`),
};
