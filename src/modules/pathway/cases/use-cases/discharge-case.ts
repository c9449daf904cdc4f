/**
 * Discharging a person at the end of the work together, with the message back to the GP and the referrer.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import { findDischargeReason } from '../../../scheme/codes/index.ts';
import { onwardDischargeText } from '../../../community/onward-referrals/index.ts';
import { dischargedMessage } from '../../referrals/index.ts';
import { dischargeOutcomesText } from '../../outcomes/index.ts';
import { completeReferral, personOf, referralFactsOf } from '../case-closure.ts';
import type { CaseView } from '../cases.schemas.ts';
import { changeCase } from './change-case.ts';

/** Discharges the person with a coded reason, a summary and what was arranged; the message back goes at once. */
export function dischargeCase(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & { id: string; input: { version: number; reason: string; summary: string; arranged: string } },
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
  return changeCase(ctx, {
    actor,
    scheme,
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
        outcomes: dischargeOutcomesText(w.parts.outcomes),
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
