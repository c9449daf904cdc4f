import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { PRACTICE_STOPPED_JOB, tellOfStoppedPractices } from './practice-stopped-job.ts';
import { REPORT_REFRESH_JOB, refreshAllRollups } from './refresh-rollups.ts';

/** The reports' job: recomputing the rollups' changed months, by job name. */
export function reportJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [REPORT_REFRESH_JOB]: async () => {
      await refreshAllRollups(ctx);
    },
    [PRACTICE_STOPPED_JOB]: async () => {
      await tellOfStoppedPractices(ctx);
    },
  };
}

/** When this module's recurring jobs run (cron, Europe/London): the refresh every five minutes, the practice check each morning. */
export const REPORT_SCHEDULE: Record<string, string> = {
  [REPORT_REFRESH_JOB]: '*/5 * * * *',
  [PRACTICE_STOPPED_JOB]: '30 7 * * *',
};
