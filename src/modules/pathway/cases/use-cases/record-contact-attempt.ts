/** Recording a contact attempt with the person: a call, text or letter, and whether it reached them. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { ContactChannel, ContactOutcome } from '../../../../db/schema.ts';
import type { RiskCheckInput } from '../../../safety/risk/index.ts';
import { recordRiskCheck, requireRiskCheck } from '../../../safety/risk/index.ts';
import type { CaseView } from '../cases.schemas.ts';
import * as historyRepo from '../case-history.repository.ts';
import type * as repo from '../../case-records/index.ts';
import { changeCase } from './change-case.ts';
import { notBeforeReferral, pastTime } from '../work-times.ts';

export interface ContactAttemptInput {
  at?: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  notes: string;
  /** The structured risk check; required when the person was reached and the notes contain risk language. */
  riskCheck?: RiskCheckInput;
  riskLanguageAcknowledged?: boolean;
}

/**
 * Logs a contact attempt; reaching the person makes the case active and starts the intervention clock.
 * Reaching the person is contact, so its notes pass the same risk-language guard as a session's: with
 * risk language the attempt is saved only with a risk check (recorded and escalated with it).
 */
export function recordContactAttempt(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: ContactAttemptInput },
): Promise<CaseView> {
  const at = pastTime(input.at, 'at', ctx.now());
  const reached = input.outcome === 'reached';
  if (!reached && input.riskCheck) {
    throw fail.field(
      'riskCheck',
      'A risk check is recorded with a contact attempt only when the person was reached.',
      'Choose "Reached the person" if you spoke with them; otherwise record the attempt without the risk check.',
    );
  }
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: reached ? 'reach' : 'record-work',
    audit: {
      action: 'case.contact-attempt',
      detail: { channel: input.channel, outcome: input.outcome, riskLevel: input.riskCheck?.level ?? null },
    },
    work: async ({ trx, scheme, parts, byUserId, now }) => {
      notBeforeReferral(at, parts.referral.received_at, 'at');
      const matchedPhrases = reached
        ? await requireRiskCheck(trx, scheme.id, input.notes, input.riskCheck, input.riskLanguageAcknowledged === true)
        : [];
      await historyRepo.insertContactAttempt(trx, {
        schemeId: scheme.id,
        caseId: id,
        at,
        channel: input.channel,
        outcome: input.outcome,
        notes: input.notes.trim(),
        byUserId,
      });
      if (input.riskCheck)
        await recordRiskCheck(ctx, trx, actor, {
          schemeId: scheme.id,
          caseId: id,
          sessionId: null,
          workerId: parts.kase.worker_id,
          check: input.riskCheck,
          matchedPhrases,
          now,
        });
      const changes: repo.CaseChanges = {};
      if (input.outcome === 'reached' && !parts.kase.first_contact_at) changes.first_contact_at = at;
      if (input.channel === 'letter' && !parts.kase.letter_sent_at) changes.letter_sent_at = at;
      return changes;
    },
  });
}
