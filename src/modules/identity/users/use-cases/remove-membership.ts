/** An administrator takes a role away from a user. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import * as repo from '../users.repository.ts';

/** Takes a role away from a user; their sessions in that role lose it at once. */
export async function removeMembership(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  membershipId: string,
): Promise<void> {
  authorize(actor, 'user.update');
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await repo.deleteMembership(trx, userId, membershipId);
    if (!removed) throw fail.notFound('That role');
    if (removed.role === 'administrator' && (await repo.countActiveAdministrators(trx)) === 0) {
      throw new AppError(
        'conflict',
        'This is the last active administrator role. Make someone else an administrator first.',
      );
    }
    await recordAudit(trx, actor, {
      action: 'membership.delete',
      recordType: 'membership',
      recordId: membershipId,
      schemeId: removed.scheme_id,
      detail: { userId, role: removed.role },
    });
  });
}
