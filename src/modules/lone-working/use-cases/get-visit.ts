/** One visit with its timeline. */
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { loadVisitView } from '../load-visit.ts';
import type { VisitView } from '../lone-working.schemas.ts';

/** One visit with its timeline, for its worker, buddy, supervisors and managers; each view is audited (it holds an address). */
export async function getVisit(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<VisitView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'lone-working.plan');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const view = await loadVisitView(trx, actor, id, ctx.now());
    await recordAudit(trx, actor, {
      action: 'lone-working.read',
      recordType: 'lone_working_visit',
      recordId: id,
      schemeId: scheme.id,
    });
    return view;
  });
}
