import type { AppContext } from '../../../context.ts';
import type { InScheme } from '../../../platform/in-scheme.ts';

/**
 * The scheme itself, for anyone working in that scheme. Its people are found a page or a search at a
 * time (`searchSchemePeople`), so this answer stays the same size however large the team grows.
 */
export async function getSchemeOverview(_ctx: AppContext, { scheme }: InScheme) {
  return { scheme };
}
