import type { AppContext } from '../../../context.ts';
import type { JobHandler } from '../../../platform/jobs/job-queue.ts';
import { EMAIL_JOB } from './notify.ts';
import { sendNotificationEmail } from './send-notification-email.ts';

/** The notifications module's jobs: sending each notification's email, by job name. */
export function notificationJobs(ctx: AppContext): Record<string, JobHandler> {
  return {
    [EMAIL_JOB]: (data) => sendNotificationEmail(ctx, data),
  };
}
