import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function listInduction(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('induction_progress')
    .select(['item', 'done_on', 'confirmed_by'])
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .execute();
}

export async function setInductionItem(
  db: Db,
  p: { schemeId: string; userId: string; item: string; done: boolean; on: string; by: string | null },
): Promise<boolean> {
  if (!p.done) {
    const result = await db
      .deleteFrom('induction_progress')
      .where('scheme_id', '=', p.schemeId)
      .where('user_id', '=', p.userId)
      .where('item', '=', p.item)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
  const row = await db
    .insertInto('induction_progress')
    .values({ scheme_id: p.schemeId, user_id: p.userId, item: p.item, done_on: p.on, confirmed_by: p.by })
    .onConflict((oc) => oc.columns(['scheme_id', 'user_id', 'item']).doNothing())
    .returning('item')
    .executeTakeFirst();
  return row !== undefined;
}

/** The induction items done by the people named (a page of the matrix). */
export function listInductionOf(db: Db, schemeId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('induction_progress')
    .select(['user_id', 'item'])
    .where('scheme_id', '=', schemeId)
    .where('user_id', 'in', [...userIds])
    .execute();
}
