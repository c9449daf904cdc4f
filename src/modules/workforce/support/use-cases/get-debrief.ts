/** Reading one debrief request. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadVisibleDebrief } from '../debrief-access.ts';
import { presentDebrief } from '../present-debrief.ts';
import type { DebriefView } from '../support.schemas.ts';

/** One debrief request; notes only for the worker and whoever held the debrief. */
export async function getDebrief(
  ctx: AppContext,
  { actor, scheme, id }: InScheme & { id: string },
): Promise<DebriefView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) =>
    presentDebrief(trx, ctx, actor, await loadVisibleDebrief(trx, actor, id)),
  );
}
