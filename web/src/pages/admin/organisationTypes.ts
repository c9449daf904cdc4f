import type { OrganisationType } from '../../api/types.ts';

export const ORGANISATION_TYPES: readonly OrganisationType[] = ['scheme', 'gp_practice', 'community_organisation'];

const LABELS: Record<OrganisationType, string> = {
  scheme: 'Social prescribing scheme',
  gp_practice: 'GP practice',
  community_organisation: 'Community organisation',
};

/** Organisation types in words. */
export function organisationTypeLabel(type: OrganisationType): string {
  return LABELS[type];
}

/** Narrows a query-string value to an organisation type. */
export function asOrganisationType(value: string | null): OrganisationType | undefined {
  return ORGANISATION_TYPES.find((t) => t === value);
}
