import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import { findDischargeReason, UNABLE_TO_CONTACT } from '../../codes/index.ts';
import { dischargedMessage, unableToContactMessage, type MessageBack } from '../../referrals/index.ts';
import { referralStates } from '../../referrals/index.ts';
import { insertMessageBack, insertReferralEvent, updateReferral } from '../../referrals/index.ts';
import type { CaseView } from '../cases.schemas.ts';
import { insertExtension } from '../case-history.repository.ts';
import { caseProgress } from '../present-case.ts';
import { changeCase, type CaseWork } from './change-case.ts';
import { onwardDischargeText } from '../../onward-referrals/index.ts';

/** Completes the referral behind a closing case and sends the message back to the GP and the referrer. */
async function completeReferral(w: CaseWork, message: MessageBack, detail: Record<string, unknown>): Promise<void> {
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

function personOf(w: CaseWork) {
  const p = w.parts.patient;
  return { name: `${p.given_name} ${p.family_name}`, nhsNumber: p.nhs_number, dateOfBirth: p.date_of_birth };
}

function referralFactsOf(w: CaseWork) {
  return { receivedAt: w.parts.referral.received_at, needs: w.parts.referral.needs, schemeName: w.scheme.name };
}

/** Discharges the person with a coded reason, a summary and what was arranged; the message back goes at once. */
export function dischargeCase(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; reason: string; summary: string; arranged: string },
): Promise<CaseView> {
  const reason = findDischargeReason(input.reason);
  if (!reason)
    throw fail.field(
      'reason',
      `"${input.reason}" is not a discharge reason on the coded list.`,
      'Choose a discharge reason from the list.',
    );
  const summary = input.summary.trim();
  if (!summary)
    throw fail.field(
      'summary',
      'The summary is missing.',
      'Summarise the work together; the GP and the referrer will read it.',
    );
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'discharge',
    version: input.version,
    audit: { action: 'case.discharge', detail: { reason: reason.code } },
    work: async (w) => {
      const { kase, sessions, goals } = w.parts;
      const message = dischargedMessage(personOf(w), referralFactsOf(w), {
        reasonLabel: reason.label,
        summary,
        arranged: input.arranged.trim(),
        closedAt: w.now,
        workerName: kase.worker_name,
        firstContactAt: kase.first_contact_at,
        sessionsHeld: sessions.filter((s) => s.attendance === 'attended').length,
        didNotAttend: sessions.filter((s) => s.attendance === 'did_not_attend').length,
        goals: goals.map((g) => ({ description: g.description, status: g.status, progress: g.progress })),
        onwardReferrals: onwardDischargeText(w.parts.onward),
      });
      await completeReferral(w, message, { reason: reason.code });
      return {
        closed_at: w.now,
        closed_by: w.byUserId,
        discharge_reason: reason.code,
        discharge_summary: summary,
        discharge_arranged: input.arranged.trim(),
      };
    },
  });
}

/** Closes a case as "unable to contact" — only once the scheme's contact policy has run its course. */
export function closeUnableToContact(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number },
): Promise<CaseView> {
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'close-unable-to-contact',
    version: input.version,
    audit: { action: 'case.close-unable-to-contact' },
    work: async (w) => {
      const { contact } = caseProgress(w.parts, w.now);
      if (contact.step !== 'close') {
        throw new AppError('illegal-transition', `The contact policy has not run its course yet: ${contact.message}`, {
          extra: { step: contact.step },
        });
      }
      await completeReferral(
        w,
        unableToContactMessage(personOf(w), referralFactsOf(w), w.parts.attempts.length, w.now),
        { reason: 'unable-to-contact' },
      );
      return {
        closed_at: w.now,
        closed_by: w.byUserId,
        discharge_reason: UNABLE_TO_CONTACT.code,
        discharge_summary: `Not reached after ${w.parts.attempts.length} attempt(s) including a letter.`,
        discharge_arranged: '',
      };
    },
  });
}

/** Extends the intervention beyond the scheme's limit; a reason is required and kept. */
export function extendIntervention(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; reason: string; extraWeeks: number; extraSessions: number },
): Promise<CaseView> {
  const reason = input.reason.trim();
  if (!reason)
    throw fail.field(
      'reason',
      'The reason for extending is missing.',
      'Say why the person needs more time; supervisors and managers will see it.',
    );
  if (input.extraWeeks === 0 && input.extraSessions === 0)
    throw fail.field(
      'extraWeeks',
      'The extension adds no weeks and no sessions.',
      'Add at least one week or one session.',
    );
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'record-work',
    version: input.version,
    audit: { action: 'case.extend', detail: { extraWeeks: input.extraWeeks, extraSessions: input.extraSessions } },
    work: async ({ trx, scheme, parts, now, byUserId }) => {
      if (parts.kase.status !== 'active')
        throw new AppError(
          'illegal-transition',
          'Only an active case can be extended: the intervention starts when the person is reached.',
          { extra: { from: parts.kase.status, event: 'extend' } },
        );
      await insertExtension(trx, {
        schemeId: scheme.id,
        caseId: id,
        extraWeeks: input.extraWeeks,
        extraSessions: input.extraSessions,
        reason,
        byUserId,
        at: now,
      });
      return {
        extra_weeks: parts.kase.extra_weeks + input.extraWeeks,
        extra_sessions: parts.kase.extra_sessions + input.extraSessions,
      };
    },
  });
}
