/** The signed-in person's unread notification counts for the header. */
import type { AppContext } from '../../../context.ts';
import type { UserActor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { resolveScheme } from '../../schemes/index.ts';
import * as repo from '../notifications.repository.ts';

/** Unread counts for the header. */
export async function notificationSummary(
  ctx: AppContext,
  actor: UserActor,
  slug: string,
): Promise<{ unread: number; urgent: number }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'notification.read');
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => repo.countUnread(trx, scheme.id, actor.userId));
}
