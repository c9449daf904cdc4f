import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { DEBRIEF_DUE_JOB, escalateOverdueDebrief } from './request-debrief.ts';
import { SUPERVISION_OVERDUE_JOB, checkSupervisionOverdue } from './supervision-check.ts';

/** The support module's jobs: a debrief not held in time, and supervision overdue, by job name. */
export function supportJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [DEBRIEF_DUE_JOB]: (data) => escalateOverdueDebrief(ctx, data),
    [SUPERVISION_OVERDUE_JOB]: (data) => checkSupervisionOverdue(ctx, data),
  };
}
