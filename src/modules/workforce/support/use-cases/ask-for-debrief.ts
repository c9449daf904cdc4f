/** A link worker asking their supervisor for a debrief. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { presentDebrief } from '../present-debrief.ts';
import * as repo from '../debriefs.repository.ts';
import { requestDebrief } from '../request-debrief.ts';
import type { DebriefView } from '../support.schemas.ts';

/** A link worker asks their supervisor for a debrief, for any reason of their own. */
export async function askForDebrief(ctx: AppContext, { actor, scheme }: InScheme): Promise<DebriefView> {
  if (actor.kind !== 'user' || actor.role !== 'link_worker')
    throw fail.forbidden('Link workers ask for debriefs; supervisors and managers respond to them.');
  authorize(actor, 'supervision.read', { schemeId: scheme.id });
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const id = await requestDebrief(ctx, trx, { schemeId: scheme.id, workerId: actor.userId, reason: 'asked' });
    await recordAudit(trx, actor, { action: 'debrief.ask', recordType: 'debrief', recordId: id, schemeId: scheme.id });
    return presentDebrief(trx, ctx, actor, (await repo.findDebrief(trx, id))!);
  });
}
