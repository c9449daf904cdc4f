import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Stores one deployment setting as JSON. */
export async function saveSetting(
  db: Kysely<DB> | Transaction<DB>,
  key: string,
  value: unknown,
  at: Date,
): Promise<void> {
  await db
    .updateTable('settings')
    .set({ value: JSON.stringify(value), updated_at: at })
    .where('key', '=', key)
    .execute();
}
