import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { REPORT_REFRESH_JOB, refreshAllRollups } from './refresh-rollups.ts';

/** The reports' job: recomputing the rollups' changed months, by job name. */
export function reportJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [REPORT_REFRESH_JOB]: async () => {
      await refreshAllRollups(ctx);
    },
  };
}

/** When this module's recurring jobs run (cron, Europe/London): every five minutes. */
export const REPORT_SCHEDULE: Record<string, string> = {
  [REPORT_REFRESH_JOB]: '*/5 * * * *',
};
