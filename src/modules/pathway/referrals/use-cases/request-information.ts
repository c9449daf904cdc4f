/**
 * Triage asks the referrer a question before deciding on a referral.
 */
import type { AppContext } from '../../../../context.ts';
import { fail } from '../../../../platform/errors.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { informationRequestedMessage } from '../message-back.ts';
import { referralFacts } from '../referral-facts.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import { changeReferral } from './change-referral.ts';

/** Sends the referral back to the referrer with a question; it leaves the queue until answered. */
export function requestInformation(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number; question: string } },
): Promise<ReferralDetail> {
  const question = input.question.trim();
  if (!question)
    throw fail.field('question', 'The question is missing.', 'Write what you need to know from the referrer.');
  return changeReferral(ctx, {
    actor,
    scheme,
    id,
    version: input.version,
    event: 'request-information',
    action: 'referral.triage',
    access: 'triage',
    build: (c) => ({
      changes: { information_request: question },
      message: informationRequestedMessage(c.person, referralFacts(c), question),
      detail: { question },
    }),
  });
}
