/** The needs and languages the directory search form offers. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import * as choicesRepo from '../search-choices.repository.ts';

/** The needs and languages the search form offers: only those some listed service has, with counts as of the latest directory write. */
export async function searchChoices(ctx: AppContext, _inScheme: InScheme) {
  return choicesRepo.cachedSearchChoices(ctx.db);
}
