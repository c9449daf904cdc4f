import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { findOrganisationById } from '../../../organisations/index.ts';
import * as repo from '../directory-owners.repository.ts';

type Owned = { items: { id: string; name: string; services: number }[] };

async function ownerOrganisation(ctx: AppContext, organisationId: string) {
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation) throw fail.notFound('That organisation');
  return organisation;
}

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

/** Directory organisations by name, with who looks after each, to choose from. */
export async function findDirectoryOrganizations(ctx: AppContext, actor: Actor, q: string | undefined) {
  authorize(actor, 'directory.assign-owner');
  const text = q?.trim() ?? '';
  if (!text)
    throw fail.field(
      'q',
      "Enter part of the directory organisation's name.",
      'For example "advice" finds Lakeside Advice Centre.',
    );
  const rows = await repo.findDirectoryOrganizations(ctx.db, text, 20);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
    })),
  };
}

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
