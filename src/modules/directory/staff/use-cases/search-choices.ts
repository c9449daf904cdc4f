/** The needs and languages the directory search form offers. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { resolveScheme } from '../../../schemes/index.ts';
import * as choicesRepo from '../search-choices.repository.ts';

/** The needs and languages the search form offers: only those some listed service has, with counts as of the latest directory write. */
export async function searchChoices(ctx: AppContext, actor: Actor, slug: string) {
  await resolveScheme(ctx, actor, slug, 'directory.search');
  return choicesRepo.cachedSearchChoices(ctx.db);
}
