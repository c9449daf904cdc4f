/** One supervision session, as far as the actor may see it. */
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { resolveScheme } from '../../schemes/index.ts';
import type { SupervisionSessionView } from '../support.schemas.ts';
import { presentSession } from '../supervision-session-presenter.ts';

/** One session: its notes, cases and actions only for the worker and whoever held it; for a manager, only that it happened. */
export async function getSupervisionSession(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
): Promise<SupervisionSessionView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => presentSession(ctx, trx, actor, scheme.id, id));
}
