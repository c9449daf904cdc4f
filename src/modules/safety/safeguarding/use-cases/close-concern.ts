import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import { changeConcern } from './change-concern.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Closes a concern with its outcome; a referral decision must be recorded first. */
export function closeConcern(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    concernId,
    input,
  }: InScheme & {
    caseId: string;
    concernId: string;
    input: { version: number; outcome: string };
  },
): Promise<ConcernView> {
  const outcome = input.outcome.trim();
  if (!outcome) throw fail.field('outcome', 'The outcome is missing.', 'Say what happened as a result of the concern.');
  return changeConcern(ctx, {
    actor,
    scheme,
    caseId,
    concernId,
    version: input.version,
    change: async (c, _trx, now) => {
      if (!c.la_referral_made && !c.la_not_referred_reason) {
        throw fail.field(
          'referral',
          'No decision about a referral to the local authority is recorded.',
          'Record the referral (who, when, reference), or why none was made, before closing.',
        );
      }
      return {
        changes: { outcome, status: 'closed', closed_at: now, closed_by: userIdOf(actor) },
        audit: { action: 'safeguarding.closed' },
      };
    },
  });
}
