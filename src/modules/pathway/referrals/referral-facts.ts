/**
 * The facts about a referral that a message back to the referrer repeats.
 */
import type { ChangeContext } from './use-cases/change-referral.ts';

/** The facts a message back repeats about the referral. */
export function referralFacts(c: ChangeContext) {
  return { receivedAt: c.referral.received_at, needs: c.referral.needs, schemeName: c.scheme.name };
}
