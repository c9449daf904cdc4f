import { describe, expect, it } from 'vitest';
import type { Role } from '../db/schema.ts';
import type { UserActor } from './actor.ts';
import { allow, authorize } from './policy.ts';

function actor(role: Role | null, schemeId: string | null = 'scheme-a'): UserActor {
  return {
    kind: 'user',
    userId: 'u',
    name: 'n',
    email: 'e',
    sessionId: 's',
    role,
    membershipId: 'm',
    schemeId,
    schemeSlug: 'a',
    organisationId: null,
    requestId: 'r',
  };
}

describe('policy', () => {
  it('lets only administrators manage users, organisations and the audit log', () => {
    for (const action of ['user.create', 'user.update', 'organisation.create', 'audit.search'] as const) {
      expect(allow(actor('administrator', null), action)).toBe(true);
      for (const role of ['scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user'] as const) {
        expect(allow(actor(role), action)).toBe(false);
      }
    }
  });
  it("binds scheme actions to the actor's own scheme", () => {
    expect(allow(actor('link_worker'), 'patient.read', { schemeId: 'scheme-a' })).toBe(true);
    expect(allow(actor('link_worker'), 'patient.read', { schemeId: 'scheme-b' })).toBe(false);
    expect(allow(actor('link_worker'), 'patient.read', {})).toBe(false);
    expect(allow(actor('link_worker'), 'patient.read', { schemeId: null })).toBe(false);
  });
  it('keeps administrators and community users away from patient records', () => {
    expect(allow(actor('administrator', null), 'patient.read', { schemeId: null })).toBe(false);
    expect(allow(actor('community_org_user'), 'patient.read', { schemeId: 'scheme-a' })).toBe(false);
  });
  it('refuses a person with no active role', () => {
    expect(allow(actor(null), 'scheme.read', { schemeId: 'scheme-a' })).toBe(false);
  });
  it('throws a 403 problem naming the role and action', () => {
    expect(() => authorize(actor('referrer'), 'user.create')).toThrow(/referrer.*user\.create/);
  });
  it('lets the command line act (it is run by the operator of the server)', () => {
    expect(allow({ kind: 'system', description: 'cli', requestId: 'r' }, 'user.create')).toBe(true);
  });
});
