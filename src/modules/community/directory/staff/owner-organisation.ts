/** The Linkwork organisation whose directory organisations are being looked at or changed. */
import type { AppContext } from '../../../../context.ts';
import { fail } from '../../../../platform/errors.ts';
import { findOrganisationById } from '../../../identity/organisations/index.ts';

/** The organisation by id; an unknown one is a 404. */
export async function ownerOrganisation(ctx: AppContext, organisationId: string) {
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation) throw fail.notFound('That organisation');
  return organisation;
}
