import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { PostcodeRow } from './postcode-csv-reader.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface PostcodeWrites {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts or updates a batch of postcodes in one statement; a row whose values are unchanged is not
 * touched, so re-importing the same file writes nothing. Rows must have distinct postcodes.
 */
export async function upsertPostcodes(db: Db, rows: PostcodeRow[]): Promise<PostcodeWrites> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const values = sql.join(
    rows.map((r) => sql`(${r.postcode}, ${r.latitude}::numeric, ${r.longitude}::numeric, ${r.lsoa})`),
  );
  const result = await sql<{
    inserted: boolean;
  }>`insert into postcodes (postcode, latitude, longitude, lsoa) values ${values}
    on conflict (postcode) do update set latitude = excluded.latitude, longitude = excluded.longitude, lsoa = excluded.lsoa, imported_at = now()
    where (postcodes.latitude, postcodes.longitude, postcodes.lsoa) is distinct from (excluded.latitude, excluded.longitude, excluded.lsoa)
    returning (xmax = 0) as inserted`.execute(db);
  const created = result.rows.filter((r) => r.inserted).length;
  const updated = result.rows.length - created;
  return { created, updated, unchanged: rows.length - result.rows.length };
}

/** How many postcodes are stored: for the import summary and the benchmark. */
export async function countPostcodes(db: Db): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from postcodes`.execute(db);
  return result.rows[0]?.n ?? 0;
}
