/** An administrator removes a user's authenticator so they enrol again. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { authorize } from '../../../../platform/policy.ts';
import { clearTotp, endAllSessions } from '../../auth/index.ts';
import { findUserOrFail, loadAdminUserView } from '../load-user.ts';
import type { AdminUserView } from '../present-user.ts';

/** Removes a user's authenticator (lost phone); they enrol again at next sign-in. Their sessions end. */
export async function resetTwoFactor(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<AdminUserView> {
  authorize(actor, 'user.update');
  await findUserOrFail(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await clearTotp(trx, id);
    const ended = await endAllSessions(trx, id, 'two-factor-reset', ctx.now());
    await recordAudit(trx, actor, {
      action: 'user.reset-two-factor',
      recordType: 'user',
      recordId: id,
      reason: reason.trim(),
      detail: { sessionsEnded: ended },
    });
  });
  return loadAdminUserView(ctx, id);
}
