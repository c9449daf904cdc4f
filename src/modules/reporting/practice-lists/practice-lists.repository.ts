import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** One practice's registered list as read from a file: its extract and its patients by sex and band. */
export interface PracticeList {
  practiceOdsCode: string;
  extractDate: string;
  bands: { sex: 'male' | 'female'; ageBand: string; patients: number }[];
}

/** Rows per INSERT: well under the 65,535 parameter limit (4 a row). */
const BATCH = 2000;

/**
 * Replaces the lists of the practices given, whole: each practice's earlier bands are removed (by the cascade from
 * its list row) and the new ones written, so a band missing from the newer file does not linger.
 */
export async function replacePracticeLists(db: Db, lists: readonly PracticeList[], source: string): Promise<void> {
  if (lists.length === 0) return;
  await db
    .deleteFrom('practice_population_lists')
    .where(
      'practice_ods_code',
      'in',
      lists.map((l) => l.practiceOdsCode),
    )
    .execute();
  await db
    .insertInto('practice_population_lists')
    .values(
      lists.map((l) => ({
        practice_ods_code: l.practiceOdsCode,
        extract_date: l.extractDate,
        source,
        patients: l.bands.reduce((sum, b) => sum + b.patients, 0),
      })),
    )
    .execute();
  const rows = lists.flatMap((l) =>
    l.bands.map((b) => ({
      practice_ods_code: l.practiceOdsCode,
      sex: b.sex,
      age_band: b.ageBand,
      patients: b.patients,
    })),
  );
  for (let i = 0; i < rows.length; i += BATCH)
    await db
      .insertInto('practice_populations')
      .values(rows.slice(i, i + BATCH))
      .execute();
}

/** How many practices have a list: for the import summary. */
export async function countPracticeLists(db: Db): Promise<number> {
  const row = await db
    .selectFrom('practice_population_lists')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The lists of some practices (those without one are left out): each one's extract date and its bands. */
export async function readPracticePopulations(db: Db, practiceOdsCodes: readonly string[]) {
  if (practiceOdsCodes.length === 0) return { lists: [], bands: [] };
  const [lists, bands] = await Promise.all([
    db
      .selectFrom('practice_population_lists')
      .select(['practice_ods_code', 'extract_date', 'patients'])
      .where('practice_ods_code', 'in', practiceOdsCodes)
      .orderBy('practice_ods_code')
      .execute(),
    db
      .selectFrom('practice_populations')
      .select(['practice_ods_code', 'sex', 'age_band', 'patients'])
      .where('practice_ods_code', 'in', practiceOdsCodes)
      .execute(),
  ]);
  return { lists, bands };
}

/** The practices a scheme serves (its policy), for the practices whose lists the equity report compares with. */
export async function practicesServed(db: Db, schemeId: string): Promise<string[]> {
  const row = await db
    .selectFrom('scheme_policies')
    .select('practices_served')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return row?.practices_served ?? [];
}
