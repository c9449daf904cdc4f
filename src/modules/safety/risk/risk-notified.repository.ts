import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Who was notified about a risk, and when (from the notification rows). */
export function listNotified(db: Db, riskId: string) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.recipient_id')
    .select(['users.name', 'notifications.created_at as at'])
    .where('notifications.source_type', '=', 'risk')
    .where('notifications.source_id', '=', riskId)
    .orderBy('notifications.created_at')
    .orderBy('users.name')
    .execute();
}

/** The names of the people with these ids, in the order given (who was told about a risk). */
export async function namesOf(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => byId.get(id)).filter((n): n is string => typeof n === 'string');
}
