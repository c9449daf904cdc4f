/** The directory organisations a Linkwork organisation looks after. */
import type { AppContext } from '../../../../../context.ts';
import type { Actor } from '../../../../../platform/actor.ts';
import { authorize } from '../../../../../platform/policy.ts';
import * as repo from '../directory-owners.repository.ts';
import { ownerOrganisation } from '../owner-organisation.ts';

export type Owned = { items: { id: string; name: string; services: number }[] };

/** The directory organisations a Linkwork organisation looks after (administrators). */
export async function listOwnedDirectoryOrganizations(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
): Promise<Owned> {
  authorize(actor, 'directory.assign-owner');
  await ownerOrganisation(ctx, organisationId);
  return { items: await repo.listOwnedDirectoryOrganizations(ctx.db, organisationId) };
}
