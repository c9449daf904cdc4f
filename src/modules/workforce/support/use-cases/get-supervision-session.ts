/** One supervision session, as far as the actor may see it. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { SupervisionSessionView } from '../support.schemas.ts';
import { presentSession } from '../present-supervision-session.ts';

/** One session: its notes, cases and actions only for the worker and whoever held it; for a manager, only that it happened. */
export async function getSupervisionSession(
  ctx: AppContext,
  { actor, scheme, id }: InScheme & { id: string },
): Promise<SupervisionSessionView> {
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => presentSession(ctx, trx, actor, scheme.id, id));
}
