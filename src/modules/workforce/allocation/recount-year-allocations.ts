import type { AppContext } from '../../../context.ts';
import { isLockNotAvailable } from '../../../platform/db/errors.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { listSchemeIds } from '../../identity/organisations/index.ts';
import { readAllocationWindow, recountAllocations } from './allocation.repository.ts';
import { YEAR_MS } from './load-candidates.ts';

export const ALLOCATION_RECOUNT_JOB = 'allocation.recount-year';

/**
 * The first London day of today's year: the window the kept allocation figures count from. Counted from it, each
 * worker's figure is their year's allocations exactly, so the shortlist's first batch is usually its last; once
 * the year moves on a day the window lies before it, and the shortlist reads the year in full until the next run.
 */
export function countedFromFor(now: Date): string {
  return londonDate(new Date(now.getTime() - YEAR_MS));
}

export interface RecountResult {
  /** Schemes whose window moved, and the workers counted in them. */
  schemes: number;
  workers: number;
  /** Schemes skipped because a case being written held the window: the next run counts them. */
  busy: number;
}

/**
 * Run every hour by the queue's schedule: each scheme whose window is older than today's year start is moved
 * to it and its workers' allocations counted again, so the allocation shortlist reads one figure per worker.
 * A scheme whose window a case being written holds is left for the next run; until a scheme is counted, the
 * shortlist reads its workers' year in full (slower, never wrong).
 */
export async function recountYearAllocations(ctx: AppContext): Promise<RecountResult> {
  const from = countedFromFor(ctx.now());
  const result: RecountResult = { schemes: 0, workers: 0, busy: 0 };
  for (const schemeId of await listSchemeIds(ctx.db)) {
    try {
      const counted = await inSchemeTransaction(ctx.db, schemeId, async (trx) => {
        const current = await readAllocationWindow(trx, schemeId);
        return current !== null && current >= from ? null : recountAllocations(trx, from);
      });
      if (counted === null) continue;
      result.schemes += 1;
      result.workers += counted;
    } catch (error) {
      if (!isLockNotAvailable(error)) throw error;
      result.busy += 1;
    }
  }
  return result;
}
