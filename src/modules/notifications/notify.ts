import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';

export interface NotificationInput {
  schemeId: string;
  /** Who to tell; nulls (no supervisor named, no safeguarding lead) and repeats are dropped. */
  recipientIds: (string | null | undefined)[];
  kind: string;
  /** Subject and body must not name or identify the person: they may go out by email. The link leads to the record. */
  subject: string;
  body: string;
  link?: string;
  urgent?: boolean;
  source?: { type: string; id: string };
}

export const EMAIL_JOB = 'notification.email';

/**
 * Tells people in the app, and by email when SMTP is set up: the notification rows and their
 * email jobs are written in the caller's transaction, so an alert commits with its cause or not at all.
 * Returns the recipients actually notified.
 */
export async function notify(ctx: AppContext, trx: Transaction<DB>, n: NotificationInput): Promise<string[]> {
  const recipients = [...new Set(n.recipientIds.filter((id): id is string => typeof id === 'string'))];
  if (recipients.length === 0) return [];
  const rows = await trx
    .insertInto('notifications')
    .values(recipients.map((recipientId) => ({
      scheme_id: n.schemeId, recipient_id: recipientId, kind: n.kind, urgent: n.urgent ?? false, subject: n.subject, body: n.body,
      link: n.link ?? null, source_type: n.source?.type ?? null, source_id: n.source?.id ?? null, created_at: ctx.now(),
    })))
    .returning('id')
    .execute();
  if (ctx.mailer) {
    for (const row of rows) await ctx.jobs.send(trx, EMAIL_JOB, { schemeId: n.schemeId, notificationId: row.id });
  }
  return recipients;
}
