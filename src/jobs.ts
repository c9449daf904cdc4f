import type { AppContext } from './context.ts';
import type { JobHandler } from './platform/jobs/job-queue.ts';
import { EMAIL_JOB } from './modules/notifications/index.ts';
import { sendNotificationEmail } from './modules/notifications/index.ts';
import { LONE_WORKING_CHECK_JOB } from './modules/lone-working/index.ts';
import { checkOverdueVisit } from './modules/lone-working/index.ts';
import { LONE_WORKING_SWEEP_JOB, sweepOverdueVisits } from './modules/lone-working/index.ts';
import { RISK_ACTION_OVERDUE_JOB } from './modules/risk/index.ts';
import { checkOverdueRiskAction } from './modules/risk/index.ts';
import { RISK_ACTION_SWEEP_JOB, sweepOverdueRiskActions } from './modules/risk/index.ts';
import { DEBRIEF_DUE_JOB, escalateOverdueDebrief } from './modules/support/index.ts';
import { SUPERVISION_OVERDUE_JOB, checkSupervisionOverdue } from './modules/support/index.ts';
import {
  ONWARD_CHECK_JOB,
  ONWARD_SWEEP_JOB,
  checkOnwardReferral,
  sweepOnwardReferrals,
} from './modules/onward-referrals/index.ts';
import { ALLOCATION_RECOUNT_JOB, recountYearAllocations } from './modules/allocation/index.ts';
import { TRAINING_EXPIRY_JOB, sendExpiryReminder } from './modules/training/index.ts';

/**
 * Every job the application runs, by name: the one list the queue is built from. A module that
 * needs a reminder or an alert adds its handler here.
 */
export function jobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [EMAIL_JOB]: (data) => sendNotificationEmail(ctx, data),
    [LONE_WORKING_CHECK_JOB]: (data) => checkOverdueVisit(ctx, data),
    [LONE_WORKING_SWEEP_JOB]: async () => {
      await sweepOverdueVisits(ctx);
    },
    [RISK_ACTION_OVERDUE_JOB]: (data) => checkOverdueRiskAction(ctx, data),
    [RISK_ACTION_SWEEP_JOB]: async () => {
      await sweepOverdueRiskActions(ctx);
    },
    [DEBRIEF_DUE_JOB]: (data) => escalateOverdueDebrief(ctx, data),
    [SUPERVISION_OVERDUE_JOB]: (data) => checkSupervisionOverdue(ctx, data),
    [TRAINING_EXPIRY_JOB]: (data) => sendExpiryReminder(ctx, data),
    [ONWARD_CHECK_JOB]: (data) => checkOnwardReferral(ctx, data),
    [ONWARD_SWEEP_JOB]: async () => {
      await sweepOnwardReferrals(ctx);
    },
    [ALLOCATION_RECOUNT_JOB]: async () => {
      await recountYearAllocations(ctx);
    },
  };
}

/** Jobs the server runs on a timetable (cron, Europe/London), whatever else happens: safety nets. */
export const RECURRING_JOBS: Record<string, string> = {
  [LONE_WORKING_SWEEP_JOB]: '*/5 * * * *',
  [RISK_ACTION_SWEEP_JOB]: '*/5 * * * *',
  [ONWARD_SWEEP_JOB]: '17 * * * *',
  // Hourly, a few minutes after London midnight first, and within the hour after a server was down at midnight;
  // a run with nothing to move reads one row per scheme.
  [ALLOCATION_RECOUNT_JOB]: '5 * * * *',
};
