/** An administrator stops a user signing in. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { AppError } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { endAllSessions } from '../../auth/index.ts';
import { findUserOrFail, loadAdminUserView } from '../load-user.ts';
import type { AdminUserView } from '../present-user.ts';
import * as repo from '../users.repository.ts';

/** Stops a user signing in and ends their sessions; the last active administrator cannot be deactivated. */
export async function deactivateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<AdminUserView> {
  authorize(actor, 'user.update');
  const user = await findUserOrFail(ctx, id);
  if (!user.active) throw new AppError('conflict', 'This user is already deactivated.');
  if (actor.kind === 'user' && actor.userId === id)
    throw new AppError('conflict', 'You cannot deactivate your own account. Ask another administrator.');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setActive(trx, id, false, reason.trim(), ctx.now());
    const ended = await endAllSessions(trx, id, 'deactivated', ctx.now());
    if ((await repo.countActiveAdministrators(trx)) === 0) {
      throw new AppError(
        'conflict',
        'This is the last active administrator. Make someone else an administrator first.',
      );
    }
    await recordAudit(trx, actor, {
      action: 'user.deactivate',
      recordType: 'user',
      recordId: id,
      reason: reason.trim(),
      detail: { sessionsEnded: ended },
    });
  });
  return loadAdminUserView(ctx, id);
}
