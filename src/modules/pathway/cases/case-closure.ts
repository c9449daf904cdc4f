/**
 * What closing a case does to the referral behind it: the referral completes and a message goes back
 * to the GP and the referrer, with the person and the referral as the message names them.
 */
import { fail } from '../../../platform/errors.ts';
import { insertMessageBack, insertReferralEvent, updateReferral } from '../referrals/index.ts';
import { referralStates, type MessageBack } from '../referrals/index.ts';
import type { CaseWork } from './use-cases/change-case.ts';

/** Completes the referral behind a closing case and sends the message back to the GP and the referrer. */
export async function completeReferral(
  w: CaseWork,
  message: MessageBack,
  detail: Record<string, unknown>,
): Promise<void> {
  const { referral } = w.parts;
  const status = referralStates.next(referral.status, 'complete');
  const saved = await updateReferral(w.trx, referral.id, referral.version, { status }, w.now);
  if (!saved) throw fail.editConflict('referral', referral);
  await insertReferralEvent(w.trx, {
    schemeId: w.scheme.id,
    referralId: referral.id,
    at: w.now,
    byUserId: w.byUserId,
    kind: 'complete',
    status,
    detail,
  });
  await insertMessageBack(w.trx, {
    schemeId: w.scheme.id,
    referralId: referral.id,
    kind: message.kind,
    code: message.code,
    body: { ...message.body },
    at: w.now,
    byUserId: w.byUserId,
  });
}

/** The person as a message back names them. */
export function personOf(w: CaseWork) {
  const p = w.parts.patient;
  return { name: `${p.given_name} ${p.family_name}`, nhsNumber: p.nhs_number, dateOfBirth: p.date_of_birth };
}

/** The facts a message back repeats about the referral behind the case. */
export function referralFactsOf(w: CaseWork) {
  return { receivedAt: w.parts.referral.received_at, needs: w.parts.referral.needs, schemeName: w.scheme.name };
}
