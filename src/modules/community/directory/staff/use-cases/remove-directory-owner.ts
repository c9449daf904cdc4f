/** An administrator stops an organisation looking after a directory organisation. */
import type { AppContext } from '../../../../../context.ts';
import type { Actor } from '../../../../../platform/actor.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { fail } from '../../../../../platform/errors.ts';
import { authorize } from '../../../../../platform/policy.ts';
import * as repo from '../directory-owners.repository.ts';
import { ownerOrganisation } from '../owner-organisation.ts';
import { listOwnedDirectoryOrganizations, type Owned } from './list-owned-directory-organizations.ts';

/** Stops an organisation looking after a directory organisation. */
export async function removeDirectoryOwner(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  directoryOrganizationId: string,
): Promise<Owned> {
  authorize(actor, 'directory.assign-owner');
  await ownerOrganisation(ctx, organisationId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.removeOwner(trx, directoryOrganizationId, organisationId)))
      throw fail.notFound("That directory organisation among this organisation's");
    await recordAudit(trx, actor, {
      action: 'directory.owner.remove',
      recordType: 'organisation',
      recordId: organisationId,
      detail: { directoryOrganizationId },
    });
  });
  return listOwnedDirectoryOrganizations(ctx, actor, organisationId);
}
