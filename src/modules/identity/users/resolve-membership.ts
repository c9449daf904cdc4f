import type { Kysely, Transaction } from 'kysely';
import type { DB, Role } from '../../../db/schema.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { findOrganisationById, findSchemeBySlug } from '../organisations/index.ts';
import type { MembershipInput } from './users.schemas.ts';

export interface ResolvedMembership {
  role: Role;
  schemeId: string | null;
  organisationId: string | null;
}

/** Which kind of organisation each role may be attached to (none listed = none allowed). */
const ORGANISATION_RULES: Partial<Record<Role, { type: 'gp_practice' | 'community_organisation'; required: boolean }>> =
  {
    referrer: { type: 'gp_practice', required: false },
    community_org_user: { type: 'community_organisation', required: true },
  };

/**
 * Checks a requested membership against the rules (administrators belong to no scheme; every
 * other role to exactly one; referrers may name their practice; community users their
 * organisation) and resolves slugs to ids. Problems are reported against `field`.
 */
export async function resolveMembership(
  db: Kysely<DB> | Transaction<DB>,
  input: MembershipInput,
  field: string,
): Promise<ResolvedMembership | FieldError[]> {
  const role = input.role as Role;
  const errors: FieldError[] = [];
  let schemeId: string | null = null;
  if (role === 'administrator') {
    if (input.schemeSlug)
      errors.push({
        field: `${field}.schemeSlug`,
        message: 'An administrator belongs to the whole deployment, not a scheme',
        fix: 'Leave the scheme empty for an administrator.',
      });
  } else if (!input.schemeSlug) {
    errors.push({
      field: `${field}.schemeSlug`,
      message: 'Choose the scheme this role is for',
      fix: 'Give the scheme slug, for example "demo".',
    });
  } else {
    const scheme = await findSchemeBySlug(db, input.schemeSlug);
    if (!scheme || !scheme.active)
      errors.push({
        field: `${field}.schemeSlug`,
        message: `There is no active scheme "${input.schemeSlug}"`,
        fix: 'Use the slug of an existing scheme (see Organisations).',
      });
    else schemeId = scheme.id;
  }
  const rule = ORGANISATION_RULES[role];
  let organisationId: string | null = null;
  if (!rule && input.organisationId) {
    errors.push({
      field: `${field}.organisationId`,
      message: `The ${role.replace(/_/g, ' ')} role is not attached to an organisation`,
      fix: 'Leave the organisation empty for this role.',
    });
  } else if (rule && !input.organisationId && rule.required) {
    errors.push({
      field: `${field}.organisationId`,
      message: 'Choose the community organisation this person works for',
      fix: 'Pick the organisation; add it under Organisations first if it is missing.',
    });
  } else if (rule && input.organisationId) {
    const org = await findOrganisationById(db, input.organisationId);
    if (!org || !org.active || org.type !== rule.type) {
      errors.push({
        field: `${field}.organisationId`,
        message: `That is not an active ${rule.type === 'gp_practice' ? 'GP practice' : 'community organisation'}`,
        fix: 'Choose an organisation from the list.',
      });
    } else organisationId = org.id;
  }
  return errors.length > 0 ? errors : { role, schemeId, organisationId };
}
