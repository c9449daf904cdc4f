/** The signed-in person's unread notification counts for the header. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import * as repo from '../notifications.repository.ts';

/** Unread counts for the header. */
export async function notificationSummary(
  ctx: AppContext,
  { actor, scheme }: InScheme<UserActor>,
): Promise<{ unread: number; urgent: number }> {
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => repo.countUnread(trx, scheme.id, actor.userId));
}
