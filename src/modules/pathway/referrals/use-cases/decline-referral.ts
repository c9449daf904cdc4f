/**
 * Triage declines a referral, telling the referrer why and what else might help.
 */
import type { AppContext } from '../../../../context.ts';
import { fail } from '../../../../platform/errors.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { declinedMessage } from '../message-back.ts';
import { referralFacts } from '../referral-facts.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import { changeReferral } from './change-referral.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Declines a referral with a reason and a suggested alternative, sent back to the referrer. */
export function declineReferral(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & { id: string; input: { version: number; reason: string; alternative: string } },
): Promise<ReferralDetail> {
  const reason = input.reason.trim();
  if (!reason)
    throw fail.field(
      'reason',
      'The reason for declining is missing.',
      'Say why this referral is not for the service; the referrer will read it.',
    );
  const alternative = input.alternative.trim();
  return changeReferral(ctx, {
    actor,
    scheme,
    id,
    version: input.version,
    event: 'decline',
    action: 'referral.triage',
    access: 'triage',
    build: (c) => ({
      changes: {
        decline_reason: reason,
        decline_alternative: alternative || null,
        triaged_at: c.now,
        triaged_by: userIdOf(actor),
      },
      message: declinedMessage(c.person, referralFacts(c), reason, alternative),
      detail: { reason, alternative },
    }),
  });
}
