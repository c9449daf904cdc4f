/** One onward referral, read by someone who may see its case. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadOnwardView } from '../load-onward-view.ts';
import type { OnwardView } from '../onward-referrals.schemas.ts';
import { onwardForWorker } from '../worker-access.ts';

/** One onward referral with its history, for someone who may see its case; each view is audited. */
export async function getOnwardReferral(
  ctx: AppContext,
  { actor, scheme, id }: InScheme & { id: string },
): Promise<OnwardView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await onwardForWorker(trx, actor, scheme.id, id, 'read');
    await recordAudit(trx, actor, {
      action: 'onward-referral.read',
      recordType: 'onward_referral',
      recordId: id,
      schemeId: scheme.id,
    });
    return loadOnwardView(trx, id);
  });
}
