import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

const COLUMNS = ['id', 'kind', 'urgent', 'subject', 'body', 'link', 'created_at', 'read_at'] as const;

export function listForRecipient(trx: Transaction<DB>, recipientId: string, options: { unreadOnly: boolean; limit: number }) {
  let query = trx.selectFrom('notifications').select(COLUMNS).where('recipient_id', '=', recipientId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countUnread(trx: Transaction<DB>, recipientId: string): Promise<{ unread: number; urgent: number }> {
  const row = await trx.selectFrom('notifications')
    .select((eb) => [eb.fn.countAll<string>().as('unread'), eb.fn.countAll<string>().filterWhere('urgent', '=', true).as('urgent')])
    .where('recipient_id', '=', recipientId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return { unread: Number(row.unread), urgent: Number(row.urgent) };
}

/** Marks one (or, with no id, every) unread notification of the recipient read; returns how many changed. */
export async function markRead(trx: Transaction<DB>, recipientId: string, id: string | null, at: Date): Promise<number> {
  let query = trx.updateTable('notifications').set({ read_at: at }).where('recipient_id', '=', recipientId).where('read_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findForEmail(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.recipient_id')
    .select(['notifications.id', 'notifications.subject', 'notifications.body', 'notifications.link', 'notifications.urgent', 'notifications.emailed_at', 'users.email', 'users.name', 'users.active'])
    .where('notifications.id', '=', id).executeTakeFirst();
}

export async function markEmailed(db: Kysely<DB> | Transaction<DB>, id: string, at: Date | null, error: string | null): Promise<void> {
  await db.updateTable('notifications').set(at ? { emailed_at: at, email_error: null } : { email_error: error }).where('id', '=', id).execute();
}

export async function isRecipient(trx: Transaction<DB>, recipientId: string, id: string): Promise<boolean> {
  const row = await trx.selectFrom('notifications').select('id').where('id', '=', id).where('recipient_id', '=', recipientId).executeTakeFirst();
  return row !== undefined;
}
