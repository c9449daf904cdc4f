/** An administrator makes an organisation the one that looks after a directory organisation. */
import type { AppContext } from '../../../../../context.ts';
import type { Actor } from '../../../../../platform/actor.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { fail } from '../../../../../platform/errors.ts';
import { authorize } from '../../../../../platform/policy.ts';
import { findOrganisationById } from '../../../../identity/organisations/index.ts';
import * as repo from '../directory-owners.repository.ts';
import { ownerOrganisation } from '../owner-organisation.ts';
import { listOwnedDirectoryOrganizations, type Owned } from './list-owned-directory-organizations.ts';

/**
 * Makes a scheme or community organisation the one that looks after a directory organisation's
 * services: its scheme managers or community organisation users may then edit them. One owner
 * each; a directory organisation looked after elsewhere must be released there first.
 */
export async function assignDirectoryOwner(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  directoryOrganizationId: string,
): Promise<Owned> {
  authorize(actor, 'directory.assign-owner');
  const organisation = await ownerOrganisation(ctx, organisationId);
  if (organisation.type === 'gp_practice')
    throw fail.field(
      'id',
      'A GP practice cannot look after directory services.',
      'Choose a scheme or a community organisation.',
    );
  const target = await repo.findDirectoryOrganization(ctx.db, directoryOrganizationId);
  if (!target) throw fail.notFound('That directory organisation');
  if (target.owner_id && target.owner_id !== organisationId) {
    const other = await findOrganisationById(ctx.db, target.owner_id);
    throw fail.conflict(
      `${target.name} is already looked after by ${other?.name ?? 'another organisation'}. Remove it there first.`,
    );
  }
  if (!target.owner_id) {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.setOwner(trx, directoryOrganizationId, organisationId);
      await recordAudit(trx, actor, {
        action: 'directory.owner.assign',
        recordType: 'organisation',
        recordId: organisationId,
        detail: { directoryOrganizationId, name: target.name },
      });
    });
  }
  return listOwnedDirectoryOrganizations(ctx, actor, organisationId);
}
