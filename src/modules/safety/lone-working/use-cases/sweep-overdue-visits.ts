import type { AppContext } from '../../../../context.ts';
import { listSchemeIds } from '../../../identity/organisations/index.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import * as repo from '../lone-working.repository.ts';
import { checkOverdueVisit } from './check-overdue-visit.ts';

export const LONE_WORKING_SWEEP_JOB = 'lone-working.sweep';

/**
 * The safety net under the ladder, run every few minutes by the queue's schedule: every overdue,
 * unacknowledged visit gets its due step now. A check job that kept failing and was given up on,
 * or one deleted by hand, cannot stop the escalation: the sweep takes the step it would have taken.
 * A call for help nobody has acknowledged is swept too, whatever its expected end.
 * A step that is not yet due is left to the visit's own check (the sweep queues nothing).
 */
export async function sweepOverdueVisits(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  let checked = 0;
  for (const schemeId of await listSchemeIds(ctx.db)) {
    const visits = await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
      const [overdue, help] = [await repo.listOverdueUnacknowledged(trx, now), await repo.listHelpUnacknowledged(trx)];
      return [...new Map([...overdue, ...help].map((v) => [v.id, v])).values()];
    });
    for (const v of visits) {
      await checkOverdueVisit(ctx, {
        schemeId,
        visitId: v.id,
        expectedEnd: v.expected_end.toISOString(),
        level: v.alert_level,
        sweep: true,
      });
      checked += 1;
    }
  }
  return checked;
}
