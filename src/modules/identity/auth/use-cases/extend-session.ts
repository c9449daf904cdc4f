import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import * as repo from '../auth.repository.ts';

/**
 * "Stay signed in" after the timeout warning: the person is here, so this counts as activity now
 * (whatever the touch interval) and the idle end moves on. The absolute end never moves.
 */
export async function extendSession(
  ctx: AppContext,
  actor: UserActor,
  session: repo.SessionRow,
): Promise<repo.SessionRow> {
  const now = ctx.now();
  await repo.updateSession(ctx.db, actor.sessionId, { lastSeenAt: now });
  return { ...session, last_seen_at: now };
}
