import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { fail } from '../../../../../platform/errors.ts';
import { findOrganisationById } from '../../../../identity/organisations/index.ts';
import { freshSince, freshness } from '../present-service.ts';
import * as repo from '../directory-owners.repository.ts';
import type { OwnedServiceList } from '../staff-directory.schemas.ts';

/**
 * The services the actor's organisation looks after: for a scheme manager, the scheme's own; for a
 * community organisation user, their organisation's. The list they keep current.
 */
export async function listOurServices(ctx: AppContext, { actor, scheme }: InScheme): Promise<OwnedServiceList> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people look after directory entries.');
  const organisationId = actor.role === 'scheme_manager' ? scheme.id : actor.organisationId;
  if (!organisationId) return { services: [], organisation: null };
  const organisation = await findOrganisationById(ctx.db, organisationId);
  const since = freshSince(ctx.now());
  const rows = await repo.listOwnedServices(ctx.db, organisationId);
  return {
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    services: rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      organisationName: r.organization_name,
      freshness: freshness(r.assured_date, since),
      capacity: {
        status: r.capacity_status,
        note: r.capacity_note,
        updatedAt: r.capacity_updated_at ? r.capacity_updated_at.toISOString() : null,
      },
    })),
  };
}
