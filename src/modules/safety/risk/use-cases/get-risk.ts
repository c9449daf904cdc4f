/** One risk record, read by someone who may see the case. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadRiskCase } from '../risk-access.ts';
import type { RiskView } from '../risk.schemas.ts';
import { loadRiskView } from '../risk-view.ts';

/** One risk record: the check, who was told, the actions and deadlines, the crisis contacts. */
export async function getRisk(
  ctx: AppContext,
  { actor, scheme, caseId, riskId }: InScheme & { caseId: string; riskId: string },
): Promise<RiskView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await loadRiskCase(trx, actor, scheme.id, caseId, 'read');
    const view = await loadRiskView(trx, actor, kase, riskId, ctx.now());
    await recordAudit(trx, actor, {
      action: 'risk.read',
      recordType: 'risk',
      recordId: riskId,
      schemeId: scheme.id,
      detail: { caseId },
    });
    return view;
  });
}
