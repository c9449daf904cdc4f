import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const COLUMNS = ['id', 'body', 'written_at', 'updated_at', 'version'] as const;

/**
 * Runs work as the author: row-level security on reflections then shows and accepts only their
 * own entries, whatever the query asks for.
 */
export function asAuthor<T>(db: Kysely<DB>, userId: string, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('linkwork.user_id', ${userId}, true)`.execute(trx);
    return work(trx);
  });
}

export function listReflections(db: Db, authorId: string) {
  return db
    .selectFrom('reflections')
    .select(COLUMNS)
    .where('author_id', '=', authorId)
    .orderBy('written_at', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
}

export function findReflection(db: Db, id: string) {
  return db.selectFrom('reflections').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function insertReflection(db: Db, authorId: string, body: string, at: Date) {
  return db
    .insertInto('reflections')
    .values({ author_id: authorId, body, written_at: at, updated_at: at })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export function updateReflection(db: Db, id: string, version: number, body: string, at: Date) {
  return db
    .updateTable('reflections')
    .set({ body, updated_at: at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(COLUMNS)
    .executeTakeFirst();
}
