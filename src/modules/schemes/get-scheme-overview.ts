import type { AppContext } from '../../context.ts';
import type { Actor } from '../../platform/actor.ts';
import { fail } from '../../platform/errors.ts';
import { authorize } from '../../platform/policy.ts';
import { findSchemeBySlug } from '../organisations/organisations.repository.ts';
import { listSchemeTeam } from './schemes.repository.ts';

/** The scheme and its team (names and roles) for anyone working in that scheme. */
export async function getSchemeOverview(ctx: AppContext, actor: Actor, slug: string) {
  const scheme = await findSchemeBySlug(ctx.db, slug);
  // Unknown and other schemes are refused alike, so scheme slugs cannot be probed.
  authorize(actor, 'scheme.read', { schemeId: scheme?.id ?? null });
  if (!scheme?.slug) throw fail.notFound('That scheme');
  const team = await listSchemeTeam(ctx.db, scheme.id);
  return { scheme: { id: scheme.id, slug: scheme.slug, name: scheme.name }, team: team.map((t) => ({ userId: t.id, name: t.name, role: t.role })) };
}
