import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { isUrgentKind, type NotificationKind } from './notification-kinds.ts';

export interface NotificationInput {
  schemeId: string;
  /** Who to tell; nulls (no supervisor named, no safeguarding lead) and repeats are dropped. */
  recipientIds: (string | null | undefined)[];
  /** Declared with its urgency in notification-kinds.ts: callers do not decide urgency. */
  kind: NotificationKind;
  /**
   * Subject and body must not name or identify the person: they may go out by email. The app shows
   * the person's and the worker's names from `about`, looked up when read. The link leads to the thing to do.
   */
  subject: string;
  body: string;
  link?: string;
  source?: { type: string; id: string };
  /**
   * The case (so the person), the referral (so the person, before there is a case) and the link worker it
   * is about; names are resolved at read time, under the reader's access to the case or the referral.
   */
  about?: { caseId?: string | null; referralId?: string | null; workerId?: string | null };
  /**
   * The event being told of: a recipient gets one notification per event, guaranteed by the database
   * (a risk escalation and the debrief it asks for are one event: "risk:<id>"). Without it, each call is its own event.
   */
  event?: string;
}

export const EMAIL_JOB = 'notification.email';

/**
 * Tells people in the app, and by email when SMTP is set up: the notification rows and their
 * email jobs are written in the caller's transaction, so an alert commits with its cause or not at all.
 * A recipient already told of the same event is not told again. Returns the recipients actually notified.
 */
export async function notify(ctx: AppContext, trx: Transaction<DB>, n: NotificationInput): Promise<string[]> {
  const recipients = [...new Set(n.recipientIds.filter((id): id is string => typeof id === 'string'))];
  if (recipients.length === 0) return [];
  const now = ctx.now();
  const rows = await trx
    .insertInto('notifications')
    .values(
      recipients.map((recipientId) => ({
        scheme_id: n.schemeId,
        recipient_id: recipientId,
        kind: n.kind,
        urgent: isUrgentKind(n.kind),
        subject: n.subject,
        body: n.body,
        link: n.link ?? null,
        source_type: n.source?.type ?? null,
        source_id: n.source?.id ?? null,
        created_at: now,
        case_id: n.about?.caseId ?? null,
        referral_id: n.about?.referralId ?? null,
        worker_id: n.about?.workerId ?? null,
        event_key: n.event ?? `notification:${crypto.randomUUID()}`,
      })),
    )
    .onConflict((oc) => oc.columns(['recipient_id', 'event_key']).doNothing())
    .returning(['id', 'recipient_id'])
    .execute();
  if (ctx.mailer) {
    for (const row of rows) await ctx.jobs.send(trx, EMAIL_JOB, { schemeId: n.schemeId, notificationId: row.id });
  }
  return rows.map((row) => row.recipient_id);
}
