import type { AppContext } from '../../../context.ts';
import type { CrisisReason } from '../../../db/tables/crisis-referrals.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fail } from '../../../platform/errors.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';
import { acceptReferralStep } from '../acceptance.ts';
import { alertPossibleCrisis, crisisReasonsOf } from '../crisis.ts';
import { declinedMessage, informationRequestedMessage } from '../message-back.ts';
import { urgencyOf } from '../present-referral.ts';
import type { ReferralDetail } from '../referrals.schemas.ts';
import * as repo from '../referrals.repository.ts';
import { riskLanguageIn } from '../risk-language.ts';
import { changeReferral, referralFacts } from './change-referral.ts';

/**
 * Accepts a referral onto the waiting list; waiting time counts from now. The acceptance rule
 * (acceptance.ts) asks for the triager's reason when the criteria put it out of scope.
 */
export function acceptReferral(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; reason?: string },
): Promise<ReferralDetail> {
  return changeReferral(ctx, actor, {
    slug,
    id,
    version: input.version,
    event: 'accept',
    action: 'referral.triage',
    access: 'triage',
    build: ({ referral, now }) => acceptReferralStep(actor, referral, input.reason, now),
  });
}

/** Declines a referral with a reason and a suggested alternative, sent back to the referrer. */
export function declineReferral(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; reason: string; alternative: string },
): Promise<ReferralDetail> {
  const reason = input.reason.trim();
  if (!reason)
    throw fail.field(
      'reason',
      'The reason for declining is missing.',
      'Say why this referral is not for the service; the referrer will read it.',
    );
  const alternative = input.alternative.trim();
  return changeReferral(ctx, actor, {
    slug,
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
        triaged_by: actor.kind === 'user' ? actor.userId : null,
      },
      message: declinedMessage(c.person, referralFacts(c), reason, alternative),
      detail: { reason, alternative },
    }),
  });
}

/** Sends the referral back to the referrer with a question; it leaves the queue until answered. */
export function requestInformation(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; question: string },
): Promise<ReferralDetail> {
  const question = input.question.trim();
  if (!question)
    throw fail.field('question', 'The question is missing.', 'Write what you need to know from the referrer.');
  return changeReferral(ctx, actor, {
    slug,
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

/**
 * The referrer's answer: added to the referral's reason and the referral returns to triage. The
 * answer gets the same crisis check as a referral's words at intake: risk language in it flags a
 * referral not yet flagged as a possible crisis (top of the queue, on its timeline), alerts the
 * team and safeguarding lead once, and the referrer is shown where to get urgent help.
 */
export function provideInformation(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; answer: string },
): Promise<ReferralDetail> {
  const answer = input.answer.trim();
  if (!answer) throw fail.field('answer', 'The answer is missing.', 'Write the information the service asked for.');
  return changeReferral(ctx, actor, {
    slug,
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
