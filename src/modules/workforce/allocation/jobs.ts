import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { ALLOCATION_RECOUNT_JOB, recountYearAllocations } from './recount-year-allocations.ts';

/** Allocation's job: recounting each worker's allocations in the year, by job name. */
export function allocationJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [ALLOCATION_RECOUNT_JOB]: async () => {
      await recountYearAllocations(ctx);
    },
  };
}

/** When this module's recurring jobs run (cron, Europe/London). */
export const ALLOCATION_SCHEDULE: Record<string, string> = {
  // Hourly, a few minutes after London midnight first, and within the hour after a server was down at midnight;
  // a run with nothing to move reads one row per scheme.
  [ALLOCATION_RECOUNT_JOB]: '5 * * * *',
};
