/** Signing out on every device at once. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import * as repo from '../auth.repository.ts';

/** Ends every session of this person, on every device (for a lost phone or a shared computer). */
export async function signOutEverywhere(ctx: AppContext, actor: UserActor): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await repo.endAllSessions(trx, actor.userId, 'signed-out-everywhere', ctx.now());
    await recordAudit(trx, actor, {
      action: 'auth.sign-out-everywhere',
      recordType: 'user',
      recordId: actor.userId,
      detail: { sessionsEnded: ended },
    });
    return ended;
  });
}
