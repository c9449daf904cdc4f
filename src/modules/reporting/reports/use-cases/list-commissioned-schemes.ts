/** The schemes a commissioner may report on, for the page's scheme choice. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { fail } from '../../../../platform/errors.ts';
import { listOrganisations } from '../../../identity/organisations/index.ts';
import { listCommissionedSchemes } from '../../../identity/users/index.ts';

/**
 * Every active scheme the commissioner is granted, by name, and the GP practices to filter by (the same list a
 * scheme manager chooses from); refused to anyone granted none.
 */
export async function listMySchemes(ctx: AppContext, { actor }: { actor: UserActor }) {
  const schemes = await listCommissionedSchemes(ctx.db, actor.userId);
  if (schemes.length === 0) throw fail.forbidden('You are not granted any scheme to commission.');
  const practices = await listOrganisations(ctx.db, 'gp_practice');
  return {
    schemes: schemes.map((s) => ({ slug: s.slug!, name: s.name })),
    practices: practices.filter((o) => o.ods_code && o.active).map((o) => ({ odsCode: o.ods_code!, name: o.name })),
  };
}
