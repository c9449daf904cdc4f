import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { TRAINING_EXPIRY_JOB } from './schedule-expiry-reminders.ts';
import { sendExpiryReminder } from './use-cases/send-expiry-reminder.ts';

/** Training's job: the reminder before a course's certificate expires, by job name. */
export function trainingJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [TRAINING_EXPIRY_JOB]: (data) => sendExpiryReminder(ctx, data),
  };
}
