/**
 * Triage accepts a referral onto the waiting list.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { acceptReferralStep } from '../acceptance.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import { changeReferral } from './change-referral.ts';

/**
 * Accepts a referral onto the waiting list; waiting time counts from now. The acceptance rule
 * (acceptance.ts) asks for the triager's reason when the criteria put it out of scope.
 */
export function acceptReferral(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number; reason?: string } },
): Promise<ReferralDetail> {
  return changeReferral(ctx, {
    actor,
    scheme,
    id,
    version: input.version,
    event: 'accept',
    action: 'referral.triage',
    access: 'triage',
    build: ({ referral, now }) => acceptReferralStep(actor, referral, input.reason, now),
  });
}
