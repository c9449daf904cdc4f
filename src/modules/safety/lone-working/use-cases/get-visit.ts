/** One visit with its timeline. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadVisitView } from '../load-visit.ts';
import type { VisitView } from '../lone-working.schemas.ts';

/** One visit with its timeline, for its worker, buddy, supervisors and managers; each view is audited (it holds an address). */
export async function getVisit(ctx: AppContext, { actor, scheme, id }: InScheme & { id: string }): Promise<VisitView> {
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
