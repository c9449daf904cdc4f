import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import type { ReferralChanges, ReferralRow } from './referrals.repository.ts';
import { userIdOf } from '../../../platform/actor.ts';

/** What accepting a referral writes on it, and what its timeline event and audit row say. */
export interface Acceptance {
  changes: Pick<ReferralChanges, 'accepted_at' | 'triaged_at' | 'triaged_by' | 'accept_reason'>;
  detail: { reason?: string };
}

/**
 * The referral's acceptance rule, in one place for every way a referral is accepted (onto the
 * waiting list, or allocated straight from triage), so no path can skip it. Accepting a referral
 * the criteria put out of scope is a decision against the scheme's own boundaries: it needs the
 * triager's reason, which is kept on the referral, its timeline and the audit.
 */
export function acceptReferralStep(
  actor: Actor,
  referral: Pick<ReferralRow, 'evaluation'>,
  reason: string | undefined,
  now: Date,
): Acceptance {
  const why = reason?.trim() ?? '';
  if (referral.evaluation === 'out_of_scope' && !why) {
    throw fail.field(
      'reason',
      'The criteria put this referral out of scope, and no reason for accepting it was given.',
      'Say why the service should take this referral despite the criteria check, or decline it with the suggested alternative.',
    );
  }
  return {
    changes: {
      accepted_at: now,
      triaged_at: now,
      triaged_by: userIdOf(actor),
      accept_reason: why || null,
    },
    detail: why ? { reason: why } : {},
  };
}
