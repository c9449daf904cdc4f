import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { RISK_ACTION_OVERDUE_JOB } from './risk-action-alerts.ts';
import { checkOverdueRiskAction } from './use-cases/check-overdue-risk-action.ts';
import { RISK_ACTION_SWEEP_JOB, sweepOverdueRiskActions } from './use-cases/sweep-overdue-risk-actions.ts';

/** The risk module's jobs: a required action's overdue alert, and the sweep that catches any missed, by job name. */
export function riskJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [RISK_ACTION_OVERDUE_JOB]: (data) => checkOverdueRiskAction(ctx, data),
    [RISK_ACTION_SWEEP_JOB]: async () => {
      await sweepOverdueRiskActions(ctx);
    },
  };
}

/** When this module's recurring jobs run (cron, Europe/London). */
export const RISK_SCHEDULE: Record<string, string> = {
  [RISK_ACTION_SWEEP_JOB]: '*/5 * * * *',
};
