import type { AppContext } from '../../context.ts';
import type { Actor } from '../../platform/actor.ts';
import { resolveScheme } from './resolve-scheme.ts';

/**
 * The scheme itself, for anyone working in that scheme. Its people are found a page or a search at a
 * time (`searchSchemePeople`), so this answer stays the same size however large the team grows.
 */
export async function getSchemeOverview(ctx: AppContext, actor: Actor, slug: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.read');
  return { scheme };
}
