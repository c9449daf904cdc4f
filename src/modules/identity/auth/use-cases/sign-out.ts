/** Signing out of this session. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import * as repo from '../auth.repository.ts';

/** Ends this session. */
export async function signOut(ctx: AppContext, actor: UserActor): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.endSession(trx, actor.sessionId, 'signed-out', ctx.now());
    await recordAudit(trx, actor, { action: 'auth.sign-out', recordType: 'session', recordId: actor.sessionId });
  });
}
