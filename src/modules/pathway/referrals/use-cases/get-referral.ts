/**
 * Reading one referral, for the triager or the referrer who made it.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadReferralDetail } from '../load-referral-detail.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';

/** A referral for the triager or, in part, for the referrer who made it; every view is audited. */
export async function getReferral(
  ctx: AppContext,
  { actor, scheme, id }: InScheme & { id: string },
): Promise<ReferralDetail> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const detail = await loadReferralDetail(trx, actor, scheme, id, ctx.now());
    await recordAudit(trx, actor, {
      action: 'referral.read',
      recordType: 'referral',
      recordId: id,
      schemeId: scheme.id,
      detail: { patientId: detail.patient.id },
    });
    return detail;
  });
}
