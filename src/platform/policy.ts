import type { Role } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { fail } from './errors.ts';

/**
 * Who may do what, in one place. Each action lists the roles that may perform it and whether
 * it is bound to a scheme (then the actor's active scheme must be the resource's scheme).
 */
const RULES = {
  'user.search': { roles: ['administrator'], scheme: false },
  'user.read': { roles: ['administrator'], scheme: false },
  'user.create': { roles: ['administrator'], scheme: false },
  'user.update': { roles: ['administrator'], scheme: false },
  'organisation.list': { roles: ['administrator'], scheme: false },
  'organisation.create': { roles: ['administrator'], scheme: false },
  'audit.search': { roles: ['administrator'], scheme: false },
  'api-client.create': { roles: ['administrator'], scheme: false },
  'api-client.list': { roles: ['administrator'], scheme: false },
  'api-client.revoke': { roles: ['administrator'], scheme: false },
  'settings.update': { roles: ['administrator'], scheme: false },
  'scheme.read': {
    roles: ['scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user'],
    scheme: true,
  },
  'scheme.members': { roles: ['scheme_manager', 'supervisor'], scheme: true },
  'patient.read': { roles: ['scheme_manager', 'supervisor', 'link_worker'], scheme: true },
  'patient.write': { roles: ['scheme_manager', 'link_worker'], scheme: true },
  'patient.merge': { roles: ['scheme_manager', 'link_worker'], scheme: true },
  'referral.create': {
    roles: ['referrer', 'community_org_user', 'link_worker', 'scheme_manager', 'api_client'],
    scheme: true,
  },
  // Referrers and community organisations see the referrals they (or their practice) made.
  'referral.read-own': { roles: ['referrer', 'community_org_user'], scheme: true },
  'referral.provide-information': { roles: ['referrer', 'community_org_user'], scheme: true },
  'referral.triage': { roles: ['link_worker', 'scheme_manager', 'supervisor'], scheme: true },
  'referral.allocate': { roles: ['link_worker', 'scheme_manager'], scheme: true },
  'referral.read-fhir': { roles: ['api_client'], scheme: true },
  // Link workers see and work their own caseload; supervisors and managers see every case.
  'case.read': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'case.write': { roles: ['link_worker', 'scheme_manager'], scheme: true },
  'case.read-any': { roles: ['supervisor', 'scheme_manager'], scheme: true },
  'caseload.read-others': { roles: ['supervisor', 'scheme_manager'], scheme: true },
  'scheme.settings.read': { roles: ['scheme_manager', 'supervisor', 'link_worker'], scheme: true },
  'scheme.settings.update': { roles: ['scheme_manager'], scheme: true },
  // A supervisor's reports cover their supervisees' work only (reports/use-cases/get-report.ts).
  'report.read': { roles: ['scheme_manager', 'supervisor'], scheme: true },
  // Figures about the whole scheme's intake rather than anyone's work (the out-of-scope table by practice).
  'report.read-whole-scheme': { roles: ['scheme_manager'], scheme: true },
  // Safety and support. Relationship checks (own case, own supervisee, buddy, author) sit in each module's access file.
  'notification.read': {
    roles: ['scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user'],
    scheme: true,
  },
  'risk.read': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'risk.record': { roles: ['link_worker', 'scheme_manager'], scheme: true },
  'risk.act': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'safeguarding.raise': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'safeguarding.read': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'lone-working.plan': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'lone-working.monitor': { roles: ['supervisor', 'scheme_manager'], scheme: true },
  'supervision.read': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'supervision.record': { roles: ['supervisor', 'scheme_manager'], scheme: true },
  'debrief.respond': { roles: ['supervisor', 'scheme_manager'], scheme: true },
  'workload.read-own': { roles: ['link_worker', 'supervisor'], scheme: true },
  'workload.read-team': { roles: ['scheme_manager', 'supervisor'], scheme: true },
  'training.read-own': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'training.record-own': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'training.manage': { roles: ['scheme_manager'], scheme: true },
  'training.matrix': { roles: ['scheme_manager', 'supervisor'], scheme: true },
  'allocation.override': { roles: ['scheme_manager'], scheme: true },
  'scheme.safety.update': { roles: ['scheme_manager'], scheme: true },
  // The community directory is shared, public data; for now only the command line imports it.
  'directory.import': { roles: ['administrator'], scheme: false },
  'postcodes.import': { roles: ['administrator'], scheme: false },
  'directory.assign-owner': { roles: ['administrator'], scheme: false },
  // Finding services for people: staff search, private team notes, and reports of a change.
  'directory.search': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'directory.note': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'directory.report-change': {
    roles: ['link_worker', 'supervisor', 'scheme_manager', 'community_org_user'],
    scheme: true,
  },
  'directory.review-changes': { roles: ['scheme_manager'], scheme: true },
  // Editing the services an organisation looks after (directory_owners), capacity included.
  'directory.edit-own': { roles: ['scheme_manager', 'community_org_user'], scheme: true },
  // Onward referrals: a worker refers from a case; the receiving organisation answers.
  'onward-referral.create': { roles: ['link_worker', 'scheme_manager'], scheme: true },
  'onward-referral.read': { roles: ['link_worker', 'supervisor', 'scheme_manager'], scheme: true },
  'onward-referral.record-status': { roles: ['link_worker', 'scheme_manager'], scheme: true },
  'onward-referral.inbox': { roles: ['community_org_user'], scheme: true },
  'onward-referral.respond': { roles: ['community_org_user'], scheme: true },
  'onward-referral.fhir': { roles: ['api_client'], scheme: true },
} as const satisfies Record<string, { roles: readonly (Role | 'api_client')[]; scheme: boolean }>;

export type Action = keyof typeof RULES;

export interface Resource {
  schemeId?: string | null;
}

/** True when the actor may perform the action on the resource. The command line may do anything. */
export function allow(actor: Actor, action: Action, resource: Resource = {}): boolean {
  if (actor.kind === 'system') return true;
  const rule: { roles: readonly string[]; scheme: boolean } = RULES[action];
  const role = actor.kind === 'user' ? actor.role : 'api_client';
  if (role === null || !rule.roles.includes(role)) return false;
  if (!rule.scheme) return true;
  return resource.schemeId !== undefined && resource.schemeId !== null && resource.schemeId === actor.schemeId;
}

/** Throws 403 unless allowed; every use case calls this first. */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  if (!allow(actor, action, resource)) {
    const role = actor.kind === 'user' ? (actor.role ?? 'no role') : actor.kind;
    throw fail.forbidden(`Your role (${role}) does not allow "${action}" here.`);
  }
}

/** Roles that see patient data, for whom two-factor sign-in is required by default. */
export const PATIENT_DATA_ROLES: readonly Role[] = [
  'scheme_manager',
  'supervisor',
  'link_worker',
  'referrer',
  'administrator',
];
