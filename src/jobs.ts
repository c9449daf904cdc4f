import type { AppContext } from './context.ts';
import type { JobHandler } from './platform/jobs/job-queue.ts';
import { ALLOCATION_SCHEDULE, allocationJobs } from './modules/workforce/allocation/index.ts';
import { LONE_WORKING_SCHEDULE, loneWorkingJobs } from './modules/safety/lone-working/index.ts';
import { notificationJobs } from './modules/scheme/notifications/index.ts';
import { ONWARD_REFERRAL_SCHEDULE, onwardReferralJobs } from './modules/community/onward-referrals/index.ts';
import { RISK_SCHEDULE, riskJobs } from './modules/safety/risk/index.ts';
import { REPORT_SCHEDULE, reportJobs } from './modules/reporting/reports/index.ts';
import { supportJobs } from './modules/workforce/support/index.ts';
import { trainingJobs } from './modules/workforce/training/index.ts';

/**
 * Every job the application runs, by name: the one list the queue is built from. Each module keeps its
 * own in its `jobs.ts` (the handlers, and when any recurring one runs); a new module's jobs join here.
 */
export function jobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    ...notificationJobs(ctx),
    ...loneWorkingJobs(ctx),
    ...riskJobs(ctx),
    ...supportJobs(ctx),
    ...trainingJobs(ctx),
    ...onwardReferralJobs(ctx),
    ...allocationJobs(ctx),
    ...reportJobs(ctx),
  };
}

/** Jobs the server runs on a timetable (cron, Europe/London), whatever else happens: safety nets. */
export const RECURRING_JOBS: Record<string, string> = {
  ...LONE_WORKING_SCHEDULE,
  ...RISK_SCHEDULE,
  ...ONWARD_REFERRAL_SCHEDULE,
  ...ALLOCATION_SCHEDULE,
  ...REPORT_SCHEDULE,
};
