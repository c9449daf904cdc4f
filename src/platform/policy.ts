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
  'scheme.read': { roles: ['scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user'], scheme: true },
  'scheme.members': { roles: ['scheme_manager', 'supervisor'], scheme: true },
  'patient.read': { roles: ['scheme_manager', 'supervisor', 'link_worker'], scheme: true },
  'patient.write': { roles: ['scheme_manager', 'link_worker'], scheme: true },
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
    const role = actor.kind === 'user' ? actor.role ?? 'no role' : actor.kind;
    throw fail.forbidden(`Your role (${role}) does not allow "${action}" here.`);
  }
}

/** Roles that see patient data, for whom two-factor sign-in is required by default. */
export const PATIENT_DATA_ROLES: readonly Role[] = ['scheme_manager', 'supervisor', 'link_worker', 'referrer', 'administrator'];
