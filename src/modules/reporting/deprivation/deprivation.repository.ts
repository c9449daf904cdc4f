import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ImdRelease, PostcodeDeprivationView } from '../../../db/tables/deprivation.ts';
import type { ImdRow } from './imd-columns.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface DeprivationWrites {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts or updates a batch of LSOAs in one statement; a row whose values are unchanged is not touched, so
 * re-importing the same file writes nothing. Rows must have distinct (release, LSOA code).
 */
export async function upsertDeprivationRows(db: Db, rows: ImdRow[]): Promise<DeprivationWrites> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.release}, ${r.lsoaCode}, ${r.lsoaName}, ${r.districtCode}, ${r.districtName}, ${r.rank}::integer, ${r.decile}::smallint)`,
    ),
  );
  const result = await sql<{ inserted: boolean }>`insert into deprivation_indices
      (release, lsoa_code, lsoa_name, district_code, district_name, imd_rank, imd_decile) values ${values}
    on conflict (release, lsoa_code) do update set lsoa_name = excluded.lsoa_name, district_code = excluded.district_code,
      district_name = excluded.district_name, imd_rank = excluded.imd_rank, imd_decile = excluded.imd_decile, imported_at = now()
    where (deprivation_indices.lsoa_name, deprivation_indices.district_code, deprivation_indices.district_name,
        deprivation_indices.imd_rank, deprivation_indices.imd_decile)
      is distinct from (excluded.lsoa_name, excluded.district_code, excluded.district_name, excluded.imd_rank, excluded.imd_decile)
    returning (xmax = 0) as inserted`.execute(db);
  const created = result.rows.filter((r) => r.inserted).length;
  const updated = result.rows.length - created;
  return { created, updated, unchanged: rows.length - result.rows.length };
}

/** How many LSOAs a release holds: for the import summary and its record. */
export async function countDeprivationRows(db: Db, release: ImdRelease): Promise<number> {
  const row = await db
    .selectFrom('deprivation_indices')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('release', '=', release)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Notes the release's last import (file and row count), replacing the previous note. */
export async function recordDeprivationImport(
  db: Db,
  release: ImdRelease,
  source: string,
  rowCount: number,
): Promise<void> {
  await db
    .insertInto('deprivation_imports')
    .values({ release, source, row_count: rowCount })
    .onConflict((oc) =>
      oc.column('release').doUpdateSet({ source, row_count: rowCount, imported_at: sql<Date>`now()` }),
    )
    .execute();
}

/** The deprivation of one normalised postcode's LSOA, through the view reports join (0040). */
export async function findPostcodeDeprivation(db: Db, postcode: string) {
  return db
    .withTables<PostcodeDeprivationView>()
    .selectFrom('postcode_deprivation')
    .select(['postcode', 'lsoa_code', 'release', 'imd_rank', 'imd_decile'])
    .where('postcode', '=', postcode)
    .executeTakeFirst();
}
