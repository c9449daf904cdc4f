/** An administrator gives a user a new one-time password. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { hashPassword, oneTimePassword } from '../../../../platform/auth/passwords.ts';
import { authorize } from '../../../../platform/policy.ts';
import { clearLockout, endAllSessions, setPassword } from '../../auth/index.ts';
import { findUserOrFail, loadAdminUserView } from '../load-user.ts';
import type { AdminUserView } from '../present-user.ts';

/**
 * Gives a user a new one-time password (forgotten password, or the first one was lost): shown
 * once to the administrator, must be changed at next sign-in; their sessions end and any lockout clears.
 */
export async function resetPassword(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<{ user: AdminUserView; oneTimePassword: string }> {
  authorize(actor, 'user.update');
  await findUserOrFail(ctx, id);
  const password = oneTimePassword();
  const hash = await hashPassword(password, ctx.config.passwordHashing);
  await ctx.db.transaction().execute(async (trx) => {
    await setPassword(trx, id, hash, true);
    await clearLockout(trx, id);
    const ended = await endAllSessions(trx, id, 'password-reset', ctx.now());
    await recordAudit(trx, actor, {
      action: 'user.reset-password',
      recordType: 'user',
      recordId: id,
      reason: reason.trim(),
      detail: { sessionsEnded: ended },
    });
  });
  return { user: await loadAdminUserView(ctx, id), oneTimePassword: password };
}
