import type { AppContext } from '../context.ts';
import type { UserActor } from '../platform/actor.ts';
import { findUserByEmail, listMemberships } from '../modules/identity/auth/index.ts';

/** A demo user acting in their demo scheme membership, as a signed-in session would give them. */
export async function demoActor(
  ctx: AppContext,
  slug: string,
  email: string,
  requestId = 'seed-demo',
): Promise<UserActor> {
  const user = await findUserByEmail(ctx.db, email);
  const membership = user && (await listMemberships(ctx.db, [user.id])).find((m) => m.scheme_slug === slug);
  if (!user || !membership) throw new Error(`demo user ${email} has no membership in ${slug}`);
  return {
    kind: 'user',
    userId: user.id,
    name: user.name,
    email: user.email,
    sessionId: requestId,
    role: membership.role,
    membershipId: membership.id,
    schemeId: membership.scheme_id,
    schemeSlug: membership.scheme_slug,
    organisationId: membership.organisation_id,
    requestId,
  };
}
