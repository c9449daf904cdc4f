/** Reading one debrief request. */
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { loadVisibleDebrief } from '../debrief-access.ts';
import { presentDebrief } from '../debrief-presenter.ts';
import type { DebriefView } from '../support.schemas.ts';

/** One debrief request; notes only for the worker and whoever held the debrief. */
export async function getDebrief(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<DebriefView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) =>
    presentDebrief(trx, ctx, actor, await loadVisibleDebrief(trx, actor, id)),
  );
}
