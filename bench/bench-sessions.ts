import type { AppContext } from '../src/context.ts';
import { hashToken, randomToken } from '../src/platform/auth/tokens.ts';

/** A signed-in session's cookie header and CSRF token, for requests made as that person. */
export interface BenchSession {
  cookie: string;
  csrf: string;
}

/**
 * A signed-in session for a member, written directly: the benchmarks measure the requests people make
 * once signed in, not the sign-in itself (argon2 would dominate). Shared by the pathway, scale and triage benchmarks.
 */
export async function benchSession(ctx: AppContext, userId: string): Promise<BenchSession> {
  const membership = await ctx.db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const token = randomToken();
  await ctx.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      stage: 'active',
      csrf_token: 'bench-csrf',
      active_membership_id: membership.id,
      absolute_expires_at: new Date(Date.now() + 86_400_000),
      last_seen_at: new Date(),
    })
    .execute();
  return { cookie: `linkwork_session=${token}`, csrf: 'bench-csrf' };
}
