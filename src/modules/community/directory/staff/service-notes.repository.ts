import type { Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// ---- Team notes (scheme-scoped: call inside inSchemeTransaction) --------------------------------

/** A scheme's notes on a service, newest first, with their authors' names. */
export function listNotes(trx: Transaction<DB>, schemeId: string, serviceId: string) {
  return trx
    .selectFrom('directory_service_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.created_at', 'n.author_id', 'u.name as author_name'])
    .where('n.scheme_id', '=', schemeId)
    .where('n.service_id', '=', serviceId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .execute();
}

/** Adds a note; returns its id. */
export async function insertNote(
  trx: Transaction<DB>,
  n: { schemeId: string; serviceId: string; authorId: string; body: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('directory_service_notes')
    .values({ scheme_id: n.schemeId, service_id: n.serviceId, author_id: n.authorId, body: n.body, created_at: n.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One note of a scheme on a service. */
export function findNote(trx: Transaction<DB>, schemeId: string, serviceId: string, noteId: string) {
  return trx
    .selectFrom('directory_service_notes')
    .select(['id', 'author_id'])
    .where('scheme_id', '=', schemeId)
    .where('service_id', '=', serviceId)
    .where('id', '=', noteId)
    .executeTakeFirst();
}

/** Deletes a note. */
export async function deleteNote(trx: Transaction<DB>, noteId: string): Promise<void> {
  await trx.deleteFrom('directory_service_notes').where('id', '=', noteId).execute();
}
