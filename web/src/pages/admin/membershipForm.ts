import type { MembershipInput, Organisation, Role } from '../../api/types.ts';
import { ROLES, roleNeedsScheme, roleOrganisation } from '../../auth/roles.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';

/** One membership as typed into a form, before it is checked. */
export interface MembershipDraft {
  role: string;
  schemeSlug: string;
  organisationId: string;
}

export const emptyMembership = (): MembershipDraft => ({ role: '', schemeSlug: '', organisationId: '' });

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Checks a membership draft the way the server will, so people get answers before submitting. */
export function checkMembership(draft: MembershipDraft, prefix: string): FieldError[] {
  const problems: FieldError[] = [];
  if (!isRole(draft.role)) {
    problems.push({ field: `${prefix}role`, text: 'Select a role' });
    return problems;
  }
  if (roleNeedsScheme(draft.role) && !draft.schemeSlug) {
    problems.push({ field: `${prefix}schemeSlug`, text: 'Select the scheme this person works in' });
  }
  const organisation = roleOrganisation(draft.role);
  if (organisation?.required && !draft.organisationId) {
    problems.push({
      field: `${prefix}organisationId`,
      text: 'Select the community organisation this person works for',
    });
  }
  return problems;
}

/** The API body for a checked draft, leaving out what the role does not use. */
export function toMembershipInput(draft: MembershipDraft): MembershipInput {
  if (!isRole(draft.role)) throw new Error('checkMembership must pass before toMembershipInput');
  const input: MembershipInput = { role: draft.role };
  if (roleNeedsScheme(draft.role) && draft.schemeSlug) input.schemeSlug = draft.schemeSlug;
  if (roleOrganisation(draft.role) && draft.organisationId) input.organisationId = draft.organisationId;
  return input;
}

/** Active organisations of one type, by name, for a select. */
export function organisationOptions(organisations: Organisation[], type: Organisation['type']) {
  return organisations
    .filter((o) => o.type === type && o.active)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => ({ value: type === 'scheme' ? (o.slug ?? o.id) : o.id, text: o.name }));
}
