/** The onward referrals of a case. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { OnwardView } from '../onward-referrals.schemas.ts';
import { presentForWorker } from '../present-onward.ts';
import { caseFor, userNames } from '../worker-access.ts';
import { listEvents } from '../onward-events.repository.ts';

/** The onward referrals of a case, newest first, each with its history. */
export async function listCaseOnwardReferrals(
  ctx: AppContext,
  { actor, scheme, caseId }: InScheme & { caseId: string },
): Promise<{ items: OnwardView[] }> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await caseFor(trx, actor, scheme.id, caseId, 'read');
    const rows = await repo.listForCase(trx, caseId);
    const [events, names] = await Promise.all([
      listEvents(
        trx,
        rows.map((r) => r.id),
      ),
      userNames(
        trx,
        rows.map((r) => r.consent_recorded_by),
      ),
    ]);
    await recordAudit(trx, actor, {
      action: 'onward-referral.list',
      recordType: 'case',
      recordId: caseId,
      schemeId: scheme.id,
    });
    return {
      items: rows.map((r) => presentForWorker(r, events, { consentBy: names.get(r.consent_recorded_by) ?? 'Unknown' })),
    };
  });
}
