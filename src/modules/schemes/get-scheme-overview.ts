import type { AppContext } from '../../context.ts';
import type { Actor } from '../../platform/actor.ts';
import { resolveScheme } from './resolve-scheme.ts';
import { listSchemeTeam } from './schemes.repository.ts';

/** The scheme and its team (names and roles) for anyone working in that scheme. */
export async function getSchemeOverview(ctx: AppContext, actor: Actor, slug: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.read');
  const team = await listSchemeTeam(ctx.db, scheme.id);
  return { scheme, team: team.map((t) => ({ userId: t.id, name: t.name, role: t.role })) };
}
