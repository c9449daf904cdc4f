/** Every risk check on a case. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadRiskCase } from '../risk-access.ts';
import type { RiskView } from '../risk.schemas.ts';
import * as repo from '../risk-assessments.repository.ts';
import { viewRisks } from '../risk-view.ts';

/** Every risk check on a case, newest first (reading them is audited). */
export async function listCaseRisks(
  ctx: AppContext,
  { actor, scheme, caseId }: InScheme & { caseId: string },
): Promise<{ items: RiskView[] }> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await loadRiskCase(trx, actor, scheme.id, caseId, 'read');
    const items = await viewRisks(trx, actor, kase, await repo.listCaseRisks(trx, caseId), ctx.now());
    await recordAudit(trx, actor, { action: 'risk.list', recordType: 'case', recordId: caseId, schemeId: scheme.id });
    return { items };
  });
}
