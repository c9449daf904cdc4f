/** The schemes a commissioner may report on, for the page's scheme choice. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { fail } from '../../../../platform/errors.ts';
import { listCommissionedSchemes } from '../../../identity/users/index.ts';

/** Every active scheme the commissioner is granted, by name; refused to anyone granted none. */
export async function listMySchemes(ctx: AppContext, { actor }: { actor: UserActor }) {
  const schemes = await listCommissionedSchemes(ctx.db, actor.userId);
  if (schemes.length === 0) throw fail.forbidden('You are not granted any scheme to commission.');
  return { schemes: schemes.map((s) => ({ slug: s.slug!, name: s.name })) };
}
