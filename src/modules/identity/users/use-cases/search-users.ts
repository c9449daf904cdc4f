import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { authorize } from '../../../../platform/policy.ts';
import { presentUsers } from '../present-user.ts';
import * as repo from '../users.repository.ts';

/** Finds users by name or email for the administrator's list. */
export async function searchUsers(ctx: AppContext, actor: Actor, q: string, page: number, pageSize: number) {
  authorize(actor, 'user.search');
  const { rows, total } = await repo.searchUsers(ctx.db, q.trim(), pageSize, (page - 1) * pageSize);
  await recordAudit(ctx.db, actor, {
    action: 'user.search',
    recordType: 'user',
    detail: { q: q.trim(), page, results: rows.length },
  });
  return { items: await presentUsers(ctx.db, rows, ctx.now()), total, page, pageSize };
}
