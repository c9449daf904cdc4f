/**
 * The referrer answers triage's question; the answer is checked for risk language like a new referral.
 */
import type { AppContext } from '../../../../context.ts';
import type { CrisisReason } from '../../../../db/tables/crisis-referrals.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { formatLondonDate } from '../../../../platform/format-london.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { alertPossibleCrisis, crisisReasonsOf } from '../crisis.ts';
import { urgencyOf } from '../present-referral.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import * as repo from '../referrals.repository.ts';
import { riskLanguageIn } from '../risk-language.ts';
import { changeReferral } from './change-referral.ts';

/**
 * The referrer's answer: added to the referral's reason and the referral returns to triage. The
 * answer gets the same crisis check as a referral's words at intake: risk language in it flags a
 * referral not yet flagged as a possible crisis (top of the queue, on its timeline), alerts the
 * team and safeguarding lead once, and the referrer is shown where to get urgent help.
 */
export function provideInformation(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number; answer: string } },
): Promise<ReferralDetail> {
  const answer = input.answer.trim();
  if (!answer) throw fail.field('answer', 'The answer is missing.', 'Write the information the service asked for.');
  return changeReferral(ctx, {
    actor,
    scheme,
    id,
    version: input.version,
    event: 'provide-information',
    action: 'referral.provide-information',
    access: 'referrer',
    build: async ({ trx, scheme, referral, now }) => {
      const phrases = urgencyOf(referral.urgency) === 'crisis' ? [] : await riskLanguageIn(trx, scheme.id, answer);
      const crisis: CrisisReason[] =
        phrases.length > 0 ? [...crisisReasonsOf(referral), { kind: 'risk-language', phrases }] : [];
      return {
        changes: {
          information_request: null,
          reason:
            `${referral.reason}\n\nMore information (${formatLondonDate(now)}), asked "${referral.information_request ?? ''}": ${answer}`
              .trim()
              .slice(0, 4000),
          ...(crisis.length > 0 ? { urgency: 0, crisis_reasons: crisis } : {}),
        },
        detail: { answer, ...(crisis.length > 0 ? { possibleCrisis: true } : {}) },
        after:
          crisis.length > 0
            ? async (saved) => {
                await repo.insertReferralEvent(trx, {
                  schemeId: scheme.id,
                  referralId: saved.id,
                  at: now,
                  byUserId: null,
                  kind: 'possible-crisis',
                  status: saved.status,
                  detail: { riskLanguage: phrases.map((p) => `"${p}"`).join(', ') },
                });
                const alerted = await alertPossibleCrisis(ctx, trx, {
                  schemeId: scheme.id,
                  referralId: saved.id,
                  at: saved.received_at,
                  inAnswer: true,
                });
                await recordAudit(trx, actor, {
                  action: 'referral.possible-crisis',
                  recordType: 'referral',
                  recordId: saved.id,
                  schemeId: scheme.id,
                  detail: { possibleCrisis: ['risk-language'], from: 'provide-information', alerted },
                });
              }
            : undefined,
      };
    },
  });
}
