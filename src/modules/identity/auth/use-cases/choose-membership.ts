import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../auth.repository.ts';

/** Switches the session to another of the person's own memberships (scheme and role). */
export async function chooseMembership(ctx: AppContext, actor: UserActor, membershipId: string): Promise<void> {
  const memberships = await repo.listMemberships(ctx.db, [actor.userId]);
  const chosen = memberships.find((m) => m.id === membershipId);
  if (!chosen)
    throw fail.field('membershipId', 'That is not one of your roles', 'Choose one of the roles listed on the page.');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateSession(trx, actor.sessionId, { activeMembershipId: chosen.id });
    await recordAudit(trx, actor, {
      action: 'auth.role-chosen',
      recordType: 'membership',
      recordId: chosen.id,
      schemeId: chosen.scheme_id,
    });
  });
}
