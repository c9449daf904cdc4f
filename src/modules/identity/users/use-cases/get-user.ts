/** An administrator reads one user's record. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { authorize } from '../../../../platform/policy.ts';
import { findUserOrFail, loadAdminUserView } from '../load-user.ts';
import type { AdminUserView } from '../present-user.ts';

/** Reads one user's record for an administrator; the read itself is audited. */
export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<AdminUserView> {
  authorize(actor, 'user.read');
  await findUserOrFail(ctx, id);
  await recordAudit(ctx.db, actor, { action: 'user.read', recordType: 'user', recordId: id });
  return loadAdminUserView(ctx, id);
}
