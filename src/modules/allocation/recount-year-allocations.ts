import type { AppContext } from '../../context.ts';
import { isLockNotAvailable } from '../../platform/db/errors.ts';
import { inSchemeTransaction } from '../../platform/db/scheme-transaction.ts';
import { londonDate } from '../../platform/london-time.ts';
import { listSchemeIds } from '../risk/risk.repository.ts';
import { readAllocationWindow, recountAllocations } from './allocation.repository.ts';
import { YEAR_MS } from './load-candidates.ts';

export const ALLOCATION_RECOUNT_JOB = 'allocation.recount-year';

const DAY_MS = 86_400_000;

/**
 * The first London day of tomorrow's year: the window the kept allocation figures count from. It lies inside
 * today's year and tomorrow's, so a count made today orders the allocation shortlist until tomorrow ends.
 */
export function countedFromFor(now: Date): string {
  return londonDate(new Date(now.getTime() + DAY_MS - YEAR_MS));
}

export interface RecountResult {
  /** Schemes whose window moved, and the workers counted in them. */
  schemes: number;
  workers: number;
  /** Schemes skipped because a case being written held the window: the next run counts them. */
  busy: number;
}

/**
 * Run every hour by the queue's schedule: each scheme whose window is older than tomorrow's year start is moved
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
