import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Runs work in a transaction bound to one scheme: row-level security then shows only that
 * scheme's patient-level rows. Outside such a transaction those rows are invisible.
 */
export function inSchemeTransaction<T>(
  db: Kysely<DB>,
  schemeId: string,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('linkwork.scheme_id', ${schemeId}, true)`.execute(trx);
    return work(trx);
  });
}
