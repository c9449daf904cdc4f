import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { COMPLEXITY_CODES, complexityLabel, type ComplexityBody } from '../../../workforce/training/index.ts';
import { referralAccess } from '../referral-access.ts';
import { findReferral, insertReferralEvent, updateComplexityFlags } from '../referrals.repository.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import { loadReferralDetail } from '../load-referral-detail.ts';
import { userIdOf } from '../../../../platform/actor.ts';

const CLOSED = ['declined', 'completed', 'cancelled'];

/**
 * Sets what makes a referral complex (significant mental health needs, safeguarding, domestic
 * abuse…), which decides the training whoever takes it needs. Triage staff only; versioned,
 * on the referral's timeline and audited.
 */
export async function setComplexityFlags(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: ComplexityBody },
): Promise<ReferralDetail> {
  const unknown = input.flags.filter((f) => !COMPLEXITY_CODES.includes(f));
  if (unknown.length)
    throw fail.field('flags', `Unknown complexity flag: ${unknown.join(', ')}.`, `Use ${COMPLEXITY_CODES.join(', ')}.`);
  const flags = COMPLEXITY_CODES.filter((c) => input.flags.includes(c));
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const referral = await findReferral(trx, id);
    if (!referral) throw fail.notFound('That referral');
    if ((await referralAccess(trx, actor, referral)) !== 'triage')
      throw fail.forbidden("Only the scheme's triage team can set complexity.");
    if (CLOSED.includes(referral.status))
      throw fail.conflict(`This referral is ${referral.status}; its complexity can no longer be changed.`);
    if (referral.version !== input.version) throw fail.editConflict('referral', referral);
    if (!(await updateComplexityFlags(trx, id, input.version, flags, now)))
      throw fail.editConflict('referral', referral);
    const detail = {
      from: referral.complexity_flags,
      to: flags,
      complexity: flags.length ? flags.map(complexityLabel).join(', ') : 'None',
    };
    await insertReferralEvent(trx, {
      schemeId: scheme.id,
      referralId: id,
      at: now,
      byUserId: userIdOf(actor),
      kind: 'complexity',
      status: referral.status,
      detail,
    });
    await recordAudit(trx, actor, {
      action: 'referral.complexity',
      recordType: 'referral',
      recordId: id,
      schemeId: scheme.id,
      detail,
    });
    return loadReferralDetail(trx, actor, scheme, id, now);
  });
}
