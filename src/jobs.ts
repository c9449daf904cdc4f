import type { AppContext } from './context.ts';
import type { JobHandler } from './platform/jobs/job-queue.ts';
import { EMAIL_JOB } from './modules/notifications/notify.ts';
import { sendNotificationEmail } from './modules/notifications/send-notification-email.ts';

/**
 * Every job the application runs, by name: the one list the queue is built from. A module that
 * needs a reminder or an alert adds its handler here.
 */
export function jobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [EMAIL_JOB]: (data) => sendNotificationEmail(ctx, data),
  };
}
