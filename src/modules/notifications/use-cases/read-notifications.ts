import type { AppContext } from '../../../context.ts';
import type { UserActor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import { resolveScheme } from '../../schemes/resolve-scheme.ts';
import type { NotificationList } from '../notifications.schemas.ts';
import * as repo from '../notifications.repository.ts';

const PAGE = 100;

/** The signed-in person's notifications in this scheme, newest first, with unread counts. Only ever their own. */
export async function listMyNotifications(ctx: AppContext, actor: UserActor, slug: string, options: { unreadOnly: boolean }): Promise<NotificationList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'notification.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, counts] = await Promise.all([repo.listForRecipient(trx, actor.userId, { unreadOnly: options.unreadOnly, limit: PAGE }), repo.countUnread(trx, actor.userId)]);
    return {
      items: rows.map((r) => ({ id: r.id, kind: r.kind, urgent: r.urgent, subject: r.subject, body: r.body, link: r.link, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null })),
      ...counts,
    };
  });
}

/** Unread counts for the header. */
export async function notificationSummary(ctx: AppContext, actor: UserActor, slug: string): Promise<{ unread: number; urgent: number }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'notification.read');
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => repo.countUnread(trx, actor.userId));
}

/** Marks one notification (or all, with id null) read. Someone else's notification is not found. */
export async function markNotificationsRead(ctx: AppContext, actor: UserActor, slug: string, id: string | null): Promise<{ unread: number; urgent: number }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'notification.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const changed = await repo.markRead(trx, actor.userId, id, ctx.now());
    if (id && changed === 0 && !(await repo.isRecipient(trx, actor.userId, id))) throw fail.notFound('That notification');
    return repo.countUnread(trx, actor.userId);
  });
}
