/** The signed-in person marks their notifications read. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../notifications.repository.ts';

/** Marks one notification (or all, with id null) read, returning the new counts for the header. Someone else's notification is not found. */
export async function markNotificationsRead(
  ctx: AppContext,
  { actor, scheme, id }: InScheme<UserActor> & { id: string | null },
): Promise<{ unread: number; urgent: number }> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const changed = await repo.markRead(trx, scheme.id, actor.userId, id, ctx.now());
    if (id && changed === 0 && !(await repo.isRecipient(trx, scheme.id, actor.userId, id)))
      throw fail.notFound('That notification');
    return repo.countUnread(trx, scheme.id, actor.userId);
  });
}
