/** An administrator lets a deactivated user sign in again. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { AppError } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { findUserOrFail, loadAdminUserView } from '../load-user.ts';
import type { AdminUserView } from '../present-user.ts';
import * as repo from '../users.repository.ts';

/** Lets a deactivated user sign in again (also clears any lockout). */
export async function reactivateUser(ctx: AppContext, actor: Actor, id: string): Promise<AdminUserView> {
  authorize(actor, 'user.update');
  const user = await findUserOrFail(ctx, id);
  if (user.active) throw new AppError('conflict', 'This user is already active.');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setActive(trx, id, true, null, ctx.now());
    await recordAudit(trx, actor, { action: 'user.reactivate', recordType: 'user', recordId: id });
  });
  return loadAdminUserView(ctx, id);
}
