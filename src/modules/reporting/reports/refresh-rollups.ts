/**
 * Keeping the report rollups current between reads: every few minutes each scheme with changed months has them
 * recomputed, so a report read after a busy day does not pay for the day's changes. Reports still refresh before
 * they read, so their figures never depend on this job having run.
 */
import type { AppContext } from '../../../context.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { refreshRollups, schemesToRefresh } from './rollups.repository.ts';

export const REPORT_REFRESH_JOB = 'reports.refresh-rollups';

/** Recomputes every scheme's changed months, one scheme per transaction; returns the months recomputed. */
export async function refreshAllRollups(ctx: AppContext): Promise<number> {
  let months = 0;
  for (const schemeId of await schemesToRefresh(ctx.db))
    months += await inSchemeTransaction(ctx.db, schemeId, (trx) => refreshRollups(trx, schemeId));
  return months;
}
