/** Recording an outcome measure with the person, or their refusal, at baseline, review or discharge. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { writeOutcome, type OutcomeBody } from '../../outcomes/index.ts';
import type { CaseView } from '../cases.schemas.ts';
import { changeCase } from './change-case.ts';

/**
 * Scores the answers by the measure's definition (or keeps the reason the person declined) and records them on
 * the case, with its audit row, in the case's own change: a closed case takes no more, and only the case's
 * worker or a manager may record.
 */
export function recordOutcome(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: OutcomeBody },
): Promise<CaseView> {
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'record-work',
    audit: {
      action: 'case.outcome-record',
      detail: { measure: input.measure, timepoint: input.timepoint, declined: input.answers === undefined },
    },
    work: async (w) => {
      await writeOutcome(
        w.trx,
        {
          id: w.parts.kase.id,
          schemeId: scheme.id,
          patientId: w.parts.kase.patient_id,
          referralReceivedAt: w.parts.referral.received_at,
        },
        input,
        { userId: w.byUserId, now: w.now },
      );
    },
  });
}
