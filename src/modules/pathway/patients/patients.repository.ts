import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { DuplicateMatch } from '../../../db/tables/patient-match.ts';
import type { KeysetCursor } from '../../../platform/http/cursor.ts';
import type { CleanPatientDetails } from './patient-details.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const PATIENT_COLUMNS = [
  'id',
  'scheme_id',
  'nhs_number',
  'given_name',
  'family_name',
  'date_of_birth',
  'sex',
  'gender_identity',
  'ethnicity',
  'address_line1',
  'address_line2',
  'town',
  'postcode',
  'phone',
  'email',
  'preferred_contact',
  'preferred_language',
  'interpreter_needed',
  'accessibility_needs',
  'practice_ods_code',
  'merged_into_id',
  'created_at',
  'updated_at',
  'version',
  'family_name_key',
] as const;

export type PatientRow = NonNullable<Awaited<ReturnType<typeof findPatient>>>;

function columnsOf(d: CleanPatientDetails) {
  return {
    nhs_number: d.nhsNumber,
    given_name: d.givenName,
    family_name: d.familyName,
    date_of_birth: d.dateOfBirth,
    sex: d.sex,
    gender_identity: d.genderIdentity,
    ethnicity: d.ethnicity,
    address_line1: d.addressLine1,
    address_line2: d.addressLine2,
    town: d.town,
    postcode: d.postcode,
    phone: d.phone,
    email: d.email,
    preferred_contact: d.preferredContact,
    preferred_language: d.preferredLanguage,
    interpreter_needed: d.interpreterNeeded,
    accessibility_needs: d.accessibilityNeeds,
    practice_ods_code: d.practiceOdsCode,
  };
}

export function findPatient(db: Db, id: string) {
  return db.selectFrom('patients').select(PATIENT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The live (not merged away) record with this NHS number in the scheme. */
export function findByNhsNumber(db: Db, schemeId: string, nhsNumber: string) {
  return db
    .selectFrom('patients')
    .select(PATIENT_COLUMNS)
    .where('scheme_id', '=', schemeId)
    .where('nhs_number', '=', nhsNumber)
    .where('merged_into_id', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** Adds a person, and any possible duplicates they make, in the caller's transaction. */
export async function insertPatient(db: Db, schemeId: string, d: CleanPatientDetails, now: Date) {
  const row = await db
    .insertInto('patients')
    .values({ scheme_id: schemeId, ...columnsOf(d) })
    .returning(PATIENT_COLUMNS)
    .executeTakeFirstOrThrow();
  await refreshPossibleDuplicates(db, row, now);
  return row;
}

/**
 * Updates a record if it is still at the version the editor saw (`current`), and its possible
 * duplicates with it; undefined when someone else saved first.
 */
export async function updatePatient(db: Db, current: PatientRow, d: CleanPatientDetails, now: Date) {
  const saved = await db
    .updateTable('patients')
    .set({ ...columnsOf(d), updated_at: now, version: sql`version + 1` })
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .where('merged_into_id', 'is', null)
    .returning(PATIENT_COLUMNS)
    .executeTakeFirst();
  if (saved) await refreshPossibleDuplicates(db, saved, now, current);
  return saved;
}

/** What finding a record's look-alikes needs of it. */
type MatchKeys = Pick<
  PatientRow,
  'id' | 'scheme_id' | 'nhs_number' | 'family_name_key' | 'date_of_birth' | 'postcode' | 'merged_into_id'
>;

/**
 * Live records in the scheme that may be the same person as this one: the same NHS number, or the
 * same family name (any case), date of birth and postcode. One branch per rule, each plain equality
 * on stored columns, so each is an index scan for the application role under row-level security.
 */
export function findLookAlikes(db: Db, p: MatchKeys) {
  const live = () =>
    db
      .selectFrom('patients')
      .where('scheme_id', '=', p.scheme_id)
      .where('merged_into_id', 'is', null)
      .where('id', '<>', p.id);
  const branches = [];
  if (p.nhs_number)
    branches.push(
      live()
        .select(['id', sql<DuplicateMatch>`'nhs-number'`.as('match')])
        .where('nhs_number', '=', p.nhs_number),
    );
  if (p.date_of_birth && p.postcode) {
    branches.push(
      live()
        .select(['id', sql<DuplicateMatch>`'name-date-of-birth-postcode'`.as('match')])
        .where('family_name_key', '=', p.family_name_key)
        .where('date_of_birth', '=', p.date_of_birth)
        .where('postcode', '=', p.postcode),
    );
  }
  const [first, ...rest] = branches;
  return first ? rest.reduce((query, branch) => query.unionAll(branch), first).execute() : Promise.resolve([]);
}

/** The other record of each pair this record is in, from the two indexed columns. */
function pairsOf(db: Db, id: string) {
  const side = (column: 'first_id' | 'second_id', other: 'first_id' | 'second_id') =>
    db
      .selectFrom('patient_duplicate_pairs')
      .select(['id', `${other} as other_id`, 'match'])
      .where(column, '=', id);
  return side('first_id', 'second_id').unionAll(side('second_id', 'first_id')).execute();
}

async function decidedApartFrom(db: Db, id: string): Promise<Set<string>> {
  const side = (column: 'first_id' | 'second_id', other: 'first_id' | 'second_id') =>
    db.selectFrom('patient_distinct_pairs').select(`${other} as other_id`).where(column, '=', id);
  return new Set(
    (await side('first_id', 'second_id').unionAll(side('second_id', 'first_id')).execute()).map((r) => r.other_id),
  );
}

/** The first number of this module's advisory locks (the migration that added them). */
const MATCH_LOCK_SPACE = 23;

/**
 * Serialises writers of records that share a match key (transaction-scoped advisory locks, taken in
 * one order). Without it two look-alikes written at once would each miss the other, uncommitted.
 */
async function lockMatchKeys(db: Db, people: readonly MatchKeys[]): Promise<void> {
  const keys = new Set<string>();
  for (const p of people) {
    if (p.nhs_number) keys.add(`${p.scheme_id}|nhs|${p.nhs_number}`);
    if (p.date_of_birth && p.postcode)
      keys.add(`${p.scheme_id}|name|${p.family_name_key}|${p.date_of_birth}|${p.postcode}`);
  }
  for (const key of [...keys].sort())
    await sql`SELECT pg_advisory_xact_lock(${MATCH_LOCK_SPACE}, hashtext(${key}))`.execute(db);
}

/**
 * Brings a record's possible duplicates up to date after it was written (inserted, corrected or
 * merged away), in the writer's transaction: pairs it no longer makes go, new ones come, pairs it
 * still makes keep the time they were found. `before` is the record as it was, when it changed.
 */
async function refreshPossibleDuplicates(db: Db, person: MatchKeys, now: Date, before?: MatchKeys): Promise<void> {
  await lockMatchKeys(db, before ? [before, person] : [person]);
  const wanted = new Map<string, DuplicateMatch>();
  if (!person.merged_into_id) {
    const [found, apart] = await Promise.all([findLookAlikes(db, person), decidedApartFrom(db, person.id)]);
    for (const f of found) if (!apart.has(f.id) && wanted.get(f.id) !== 'nhs-number') wanted.set(f.id, f.match);
  }
  const current = await pairsOf(db, person.id);
  const stale = current.filter((p) => !wanted.has(p.other_id)).map((p) => p.id);
  if (stale.length > 0) await db.deleteFrom('patient_duplicate_pairs').where('id', 'in', stale).execute();
  const changed = [...wanted].filter(
    ([other, match]) => !current.some((p) => p.other_id === other && p.match === match),
  );
  if (changed.length === 0) return;
  await db
    .insertInto('patient_duplicate_pairs')
    .values(
      changed.map(([other, match]) => ({
        scheme_id: person.scheme_id,
        first_id: person.id < other ? person.id : other,
        second_id: person.id < other ? other : person.id,
        match,
        found_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['first_id', 'second_id']).doUpdateSet((eb) => ({ match: eb.ref('excluded.match') })),
    )
    .execute();
}

/** A page of the scheme's open possible duplicates, oldest found first, by keyset (limit + 1 rows). */
export function listDuplicatePairs(db: Db, schemeId: string, after: KeysetCursor | null, limit: number) {
  let query = db
    .selectFrom('patient_duplicate_pairs')
    .select(['id', 'first_id', 'second_id', 'match', 'found_at'])
    .where('scheme_id', '=', schemeId);
  if (after) query = query.where((eb) => eb(eb.refTuple('found_at', 'id'), '>', eb.tuple(after.at, after.id)));
  return query
    .orderBy('found_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}

/** How many open possible duplicates a record has: two index look-ups, whatever the scheme's size. */
export async function countPossibleDuplicatesOf(db: Db, patientId: string): Promise<number> {
  const side = (column: 'first_id' | 'second_id') =>
    db
      .selectFrom('patient_duplicate_pairs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(column, '=', patientId);
  const rows = await side('first_id').unionAll(side('second_id')).execute();
  return rows.reduce((sum, r) => sum + Number(r.n), 0);
}

export function findPatientsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('patients').select(PATIENT_COLUMNS).where('id', 'in', ids).execute();
}

/** Records that two records are different people, and stops offering them as possible duplicates. */
export async function recordDistinctPair(
  db: Db,
  schemeId: string,
  one: PatientRow,
  other: PatientRow,
  userId: string | null,
): Promise<void> {
  await lockMatchKeys(db, [one, other]);
  const [a, b] = one.id < other.id ? [one.id, other.id] : [other.id, one.id];
  await db
    .insertInto('patient_distinct_pairs')
    .values({ scheme_id: schemeId, first_id: a, second_id: b, decided_by: userId })
    .onConflict((oc) => oc.columns(['first_id', 'second_id']).doNothing())
    .execute();
  await db.deleteFrom('patient_duplicate_pairs').where('first_id', '=', a).where('second_id', '=', b).execute();
}

/**
 * Moves every referral and case of the merged record to the kept one, and marks the merged record;
 * the merged record's possible duplicates go with it.
 */
export async function mergeInto(db: Db, keepId: string, merge: PatientRow, now: Date): Promise<void> {
  await db
    .updateTable('referrals')
    .set({ patient_id: keepId, updated_at: now })
    .where('patient_id', '=', merge.id)
    .execute();
  await db
    .updateTable('cases')
    .set({ patient_id: keepId, updated_at: now })
    .where('patient_id', '=', merge.id)
    .execute();
  const merged = await db
    .updateTable('patients')
    .set({ merged_into_id: keepId, updated_at: now, version: sql`version + 1` })
    .where('id', '=', merge.id)
    .returning(PATIENT_COLUMNS)
    .executeTakeFirstOrThrow();
  await refreshPossibleDuplicates(db, merged, now, merge);
}

/** The link workers who hold, or held, a case of this person (their record is then theirs to correct). */
export async function workersWithCasesOf(db: Db, patientId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('worker_id')
    .distinct()
    .where('patient_id', '=', patientId)
    .execute();
  return rows.map((r) => r.worker_id);
}
