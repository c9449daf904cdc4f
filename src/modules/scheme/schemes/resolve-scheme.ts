import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import type { InScheme, SchemeRef } from '../../../platform/in-scheme.ts';
import { authorize, type Action } from '../../../platform/policy.ts';
import { findSchemeBySlug } from '../../identity/organisations/index.ts';

export type { SchemeRef };

/**
 * The scheme named in a URL, after checking the actor may do the action there. Unknown schemes
 * and other schemes are refused alike, so scheme names cannot be probed.
 */
export async function resolveScheme(ctx: AppContext, actor: Actor, slug: string, action: Action): Promise<SchemeRef> {
  const scheme = await findSchemeBySlug(ctx.db, slug);
  authorize(actor, action, { schemeId: scheme?.id ?? null });
  if (!scheme?.slug) throw fail.notFound('That scheme');
  return { id: scheme.id, slug: scheme.slug, name: scheme.name };
}

/** The actor and the scheme, for a caller outside HTTP (the console, the demo seed) to pass to a scheme use case. */
export async function inScheme<A extends Actor>(
  ctx: AppContext,
  actor: A,
  slug: string,
  action: Action,
): Promise<InScheme<A>> {
  return { actor, scheme: await resolveScheme(ctx, actor, slug, action) };
}
