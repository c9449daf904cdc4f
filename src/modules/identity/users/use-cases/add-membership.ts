/** An administrator gives an existing user another role. */
import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { membershipView } from '../../auth/index.ts';
import type { MembershipView } from '../../auth/index.ts';
import { listMemberships } from '../../auth/index.ts';
import { resolveMembership } from '../resolve-membership.ts';
import type { MembershipInput } from '../users.schemas.ts';
import * as repo from '../users.repository.ts';

/** Gives an existing user another role, in a scheme (or deployment-wide for administrators). */
export async function addMembership(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  input: MembershipInput,
): Promise<MembershipView> {
  authorize(actor, 'user.update');
  if (!(await repo.findUser(ctx.db, userId))) throw fail.notFound('That user');
  const resolved = await resolveMembership(ctx.db, input, 'body');
  if (Array.isArray(resolved))
    throw fail.validation(resolved.map((e) => ({ ...e, field: e.field.replace(/^body\./, '') })));
  if (await repo.membershipExists(ctx.db, { userId, ...resolved }))
    throw new AppError('conflict', 'The user already has this role.');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const membershipId = await repo.insertMembership(trx, { userId, ...resolved });
    await recordAudit(trx, actor, {
      action: 'membership.create',
      recordType: 'membership',
      recordId: membershipId,
      schemeId: resolved.schemeId,
      detail: { userId, role: resolved.role },
    });
    return membershipId;
  });
  const rows = await listMemberships(ctx.db, [userId]);
  return membershipView(rows.find((m) => m.id === id)!);
}
