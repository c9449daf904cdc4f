import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { ONWARD_CHECK_JOB, ONWARD_SWEEP_JOB, checkOnwardReferral, sweepOnwardReferrals } from './onward-timers.ts';

/** Onward referrals' jobs: a referral's reply check, and the hourly sweep, by job name. */
export function onwardReferralJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [ONWARD_CHECK_JOB]: (data) => checkOnwardReferral(ctx, data),
    [ONWARD_SWEEP_JOB]: async () => {
      await sweepOnwardReferrals(ctx);
    },
  };
}

/** When this module's recurring jobs run (cron, Europe/London). */
export const ONWARD_REFERRAL_SCHEDULE: Record<string, string> = {
  [ONWARD_SWEEP_JOB]: '17 * * * *',
};
