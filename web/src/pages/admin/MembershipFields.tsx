import type { Organisation } from '../../api/types.ts';
import { ROLES, roleLabel, roleNeedsScheme, roleOrganisation } from '../../auth/roles.ts';
import { Select } from '../../components/form/Select.tsx';
import { organisationOptions, type MembershipDraft } from './membershipForm.ts';

interface MembershipFieldsProps {
  /** Body path prefix, e.g. "memberships.0." or "" for a single membership. */
  prefix: string;
  value: MembershipDraft;
  onChange: (value: MembershipDraft) => void;
  organisations: Organisation[];
  errorFor: (field: string) => string | undefined;
}

/** Role, then the scheme and organisation that role needs. */
export function MembershipFields({ prefix, value, onChange, organisations, errorFor }: MembershipFieldsProps) {
  const role = ROLES.find((r) => r === value.role);
  const organisation = role ? roleOrganisation(role) : null;
  return (
    <>
      <Select
        name={`${prefix}role`}
        label="Role"
        emptyOption="Choose a role"
        value={value.role}
        onChange={(next) => onChange({ ...value, role: next, organisationId: '' })}
        options={ROLES.map((r) => ({ value: r, text: roleLabel(r) }))}
        error={errorFor(`${prefix}role`)}
      />
      {role && roleNeedsScheme(role) ? (
        <Select
          name={`${prefix}schemeSlug`}
          label="Scheme"
          emptyOption="Choose a scheme"
          value={value.schemeSlug}
          onChange={(next) => onChange({ ...value, schemeSlug: next })}
          options={organisationOptions(organisations, 'scheme')}
          error={errorFor(`${prefix}schemeSlug`)}
        />
      ) : null}
      {organisation ? (
        <Select
          name={`${prefix}organisationId`}
          label="Organisation"
          hint={
            organisation.type === 'gp_practice'
              ? 'The GP practice this person refers from, if they work for one.'
              : 'The community organisation this person works for.'
          }
          emptyOption={organisation.required ? 'Choose an organisation' : 'Not part of a GP practice'}
          value={value.organisationId}
          onChange={(next) => onChange({ ...value, organisationId: next })}
          options={organisationOptions(organisations, organisation.type)}
          error={errorFor(`${prefix}organisationId`)}
        />
      ) : null}
    </>
  );
}
