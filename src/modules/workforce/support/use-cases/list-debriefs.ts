/** Listing debrief requests by relationship. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { userIdOf } from '../../../../platform/actor.ts';
import { isManager } from '../debrief-access.ts';
import { summariseDebrief } from '../present-debrief.ts';
import * as repo from '../debriefs.repository.ts';
import type { DebriefList } from '../support.schemas.ts';

/**
 * Debrief requests by relationship: a worker's own, a supervisor's supervisees', every one for a
 * manager (the category and dates only). Open ones first, soonest deadline first.
 */
export async function listDebriefs(ctx: AppContext, { actor, scheme }: InScheme): Promise<DebriefList> {
  const userId = userIdOf(actor) ?? '';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const filter = isManager(actor)
      ? {}
      : actor.kind === 'user' && actor.role === 'link_worker'
        ? { workerId: userId }
        : { supervisorId: userId };
    const items = (await repo.listDebriefs(trx, scheme.id, filter)).map((d) => summariseDebrief(d, ctx.now()));
    const open = items.filter((d) => d.status === 'requested');
    return {
      items,
      counts: {
        open: open.length,
        overdue: open.filter((d) => d.overdue).length,
        escalated: open.filter((d) => d.escalated).length,
      },
    };
  });
}
