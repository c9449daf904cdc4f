import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertApiClient(
  db: Db,
  c: { name: string; schemeId: string; tokenHash: string; tokenPrefix: string; organisationId?: string | null },
): Promise<string> {
  const row = await db
    .insertInto('api_clients')
    .values({
      name: c.name,
      scheme_id: c.schemeId,
      token_hash: c.tokenHash,
      token_prefix: c.tokenPrefix,
      organisation_id: c.organisationId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A client by the hash of its token, with its scheme's slug. */
export function findByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('api_clients as c')
    .innerJoin('organisations as s', 's.id', 'c.scheme_id')
    .select(['c.id', 'c.name', 'c.scheme_id', 's.slug', 'c.revoked_at', 'c.last_used_at', 'c.organisation_id'])
    .where('c.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touch(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('api_clients').set({ last_used_at: at }).where('id', '=', id).execute();
}

export function listAll(db: Db) {
  return db
    .selectFrom('api_clients as c')
    .innerJoin('organisations as s', 's.id', 'c.scheme_id')
    .select(['c.id', 'c.name', 's.slug', 'c.token_prefix', 'c.created_at', 'c.last_used_at', 'c.revoked_at'])
    .orderBy('c.created_at', 'desc')
    .execute();
}

/** Revokes a client if it is not already revoked; returns it, or undefined. */
export function revoke(db: Db, id: string, at: Date) {
  return db
    .updateTable('api_clients')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(['id', 'scheme_id'])
    .executeTakeFirst();
}

export function exists(db: Db, id: string) {
  return db.selectFrom('api_clients').select('id').where('id', '=', id).executeTakeFirst();
}
