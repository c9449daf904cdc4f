import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import { caseFor, concernFor, view } from '../load-concern.ts';

/** One concern, for those allowed to open it; every read is audited. */
export async function getConcern(
  ctx: AppContext,
  { actor, scheme, caseId, concernId }: InScheme & { caseId: string; concernId: string },
): Promise<ConcernView> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme, caseId);
    const concern = await concernFor(trx, actor, kase, concernId);
    await recordAudit(trx, actor, {
      action: 'safeguarding.read',
      recordType: 'safeguarding',
      recordId: concernId,
      schemeId: scheme.id,
      detail: { caseId },
    });
    return view(trx, concern);
  });
}
