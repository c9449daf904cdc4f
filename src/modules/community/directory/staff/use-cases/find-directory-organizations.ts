/** Finding directory organisations by name, to choose which to look after. */
import type { AppContext } from '../../../../../context.ts';
import type { Actor } from '../../../../../platform/actor.ts';
import { fail } from '../../../../../platform/errors.ts';
import { authorize } from '../../../../../platform/policy.ts';
import * as repo from '../directory-owners.repository.ts';

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
