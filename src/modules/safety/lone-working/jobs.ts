import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { checkOverdueVisit } from './use-cases/check-overdue-visit.ts';
import { LONE_WORKING_SWEEP_JOB, sweepOverdueVisits } from './use-cases/sweep-overdue-visits.ts';
import { LONE_WORKING_CHECK_JOB } from './visit-alerts.ts';

/** Lone working's jobs: a visit's overdue check, and the sweep that catches any check missed, by job name. */
export function loneWorkingJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [LONE_WORKING_CHECK_JOB]: (data) => checkOverdueVisit(ctx, data),
    [LONE_WORKING_SWEEP_JOB]: async () => {
      await sweepOverdueVisits(ctx);
    },
  };
}

/** When this module's recurring jobs run (cron, Europe/London). */
export const LONE_WORKING_SCHEDULE: Record<string, string> = {
  [LONE_WORKING_SWEEP_JOB]: '*/5 * * * *',
};
