import type { AppContext } from '../../../../context.ts';
import { listSchemeIds } from '../../../identity/organisations/index.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { listOverdueUnalertedActions } from '../risk-actions.repository.ts';
import { checkOverdueRiskAction } from './check-overdue-risk-action.ts';

export const RISK_ACTION_SWEEP_JOB = 'risk.action-overdue-sweep';

/**
 * The safety net under each action's deadline job, run every few minutes by the queue's timetable:
 * every required action past its deadline, still open on an open risk and not yet alerted, gets its
 * alert now. A deadline job that kept failing, or was deleted, cannot leave an overdue action unseen.
 * One action that fails does not stop the others; the sweep fails afterwards, so the queue records it.
 */
export async function sweepOverdueRiskActions(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  let checked = 0;
  const failures: string[] = [];
  for (const schemeId of await listSchemeIds(ctx.db)) {
    const due = await inSchemeTransaction(ctx.db, schemeId, (trx) => listOverdueUnalertedActions(trx, schemeId, now));
    for (const a of due) {
      try {
        await checkOverdueRiskAction(ctx, { schemeId, actionId: a.id, sweep: true });
        checked += 1;
      } catch (error) {
        failures.push(`${a.id}: ${(error as Error).message}`);
      }
    }
  }
  if (failures.length > 0)
    throw new Error(
      `the overdue risk action sweep could not alert ${failures.length} action(s): ${failures.join('; ')}`,
    );
  return checked;
}
