import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

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

/** Reads one deployment setting's stored JSON; undefined when it has never been written. */
export async function readSetting(db: Kysely<DB> | Transaction<DB>, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Stores one deployment setting as JSON, adding its row the first time (saveSetting changes rows the migrations made). */
export async function putSetting(
  db: Kysely<DB> | Transaction<DB>,
  key: string,
  value: unknown,
  at: Date,
): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at }))
    .execute();
}
