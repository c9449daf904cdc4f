import type { AppContext } from '../../../context.ts';
import type { JobData } from '../../../platform/jobs/job-queue.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import * as repo from './notifications.repository.ts';

/**
 * The email job: sends one notification to its recipient, once. The database is not held while
 * the mail server answers; a refusal is recorded on the notification and the queue retries.
 * Only the subject and body go out, which never name the person; the names the app shows (from the
 * notification's case, referral and worker) are never looked up here, so they cannot leave Linkwork by email.
 */
export async function sendNotificationEmail(ctx: AppContext, data: JobData): Promise<void> {
  const schemeId = String(data.schemeId);
  const id = String(data.notificationId);
  if (!ctx.mailer) return;
  const n = await inSchemeTransaction(ctx.db, schemeId, (trx) => repo.findForEmail(trx, id));
  if (!n || n.emailed_at || !n.active) return;
  const link = n.link ? `\n\nOpen it in Linkwork: ${ctx.config.baseUrl}${n.link}` : '';
  try {
    await ctx.mailer.send({
      to: n.email,
      subject: `${n.urgent ? '[Urgent] ' : ''}${n.subject}`,
      text: `${n.name},\n\n${n.body}${link}\n\nThis message comes from Linkwork. Sign in to see the details; they are not sent by email.`,
    });
  } catch (error) {
    await inSchemeTransaction(ctx.db, schemeId, (trx) =>
      repo.markEmailed(trx, id, null, String((error as Error).message).slice(0, 500)),
    );
    throw error;
  }
  await inSchemeTransaction(ctx.db, schemeId, (trx) => repo.markEmailed(trx, id, ctx.now(), null));
}
