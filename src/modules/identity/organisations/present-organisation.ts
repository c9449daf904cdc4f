import type { OrganisationRow } from './organisations.repository.ts';

/** The API shape of an organisation. */
export function presentOrganisation(o: OrganisationRow) {
  return {
    id: o.id,
    type: o.type,
    name: o.name,
    slug: o.slug,
    odsCode: o.ods_code,
    active: o.active,
    createdAt: o.created_at.toISOString(),
  };
}
