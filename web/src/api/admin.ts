import { apiRequest, toQuery } from './client.ts';
import type {
  AdminUser,
  AuditEntry,
  CreatedUser,
  Membership,
  MembershipInput,
  Organisation,
  OrganisationType,
  Page,
} from './types.ts';

export interface AuditFilters {
  actor?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  person?: string;
  scheme?: string;
  from?: string;
  to?: string;
  after?: string;
}

/** One page of the audit log, newest first; `next` is the cursor of the older page after it. */
export interface AuditPage {
  items: AuditEntry[];
  next: string | null;
  pageSize: number;
}

export interface NewOrganisation {
  type: OrganisationType;
  name: string;
  slug?: string;
  odsCode?: string;
}

const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

/** Calls available to the administrator role. */
export const adminApi = {
  listUsers: (q: string, page: number) => apiRequest<Page<AdminUser>>(`/api/admin/users${toQuery({ q, page })}`),
  getUser: (id: string) => apiRequest<AdminUser>(userPath(id)),
  createUser: (body: { name: string; email: string; memberships: MembershipInput[] }) =>
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
    apiRequest<{ items: Organisation[] }>(`/api/admin/organisations${toQuery({ type })}`),
  createOrganisation: (body: NewOrganisation) =>
    apiRequest<Organisation>('/api/admin/organisations', { method: 'POST', body }),
  audit: (filters: AuditFilters) => apiRequest<AuditPage>(`/api/admin/audit${toQuery({ ...filters })}`),
};
