import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CleanPatientDetails } from './patient-details.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const PATIENT_COLUMNS = [
  'id', 'scheme_id', 'nhs_number', 'given_name', 'family_name', 'date_of_birth', 'sex', 'gender_identity', 'ethnicity',
  'address_line1', 'address_line2', 'town', 'postcode', 'phone', 'email', 'preferred_contact', 'preferred_language',
  'interpreter_needed', 'accessibility_needs', 'practice_ods_code', 'merged_into_id', 'created_at', 'updated_at', 'version',
] as const;

export type PatientRow = NonNullable<Awaited<ReturnType<typeof findPatient>>>;

function columnsOf(d: CleanPatientDetails) {
  return {
    nhs_number: d.nhsNumber, given_name: d.givenName, family_name: d.familyName, date_of_birth: d.dateOfBirth, sex: d.sex,
    gender_identity: d.genderIdentity, ethnicity: d.ethnicity, address_line1: d.addressLine1, address_line2: d.addressLine2,
    town: d.town, postcode: d.postcode, phone: d.phone, email: d.email, preferred_contact: d.preferredContact,
    preferred_language: d.preferredLanguage, interpreter_needed: d.interpreterNeeded, accessibility_needs: d.accessibilityNeeds,
    practice_ods_code: d.practiceOdsCode,
  };
}

export function findPatient(db: Db, id: string) {
  return db.selectFrom('patients').select(PATIENT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The live (not merged away) record with this NHS number in the scheme. */
export function findByNhsNumber(db: Db, schemeId: string, nhsNumber: string) {
  return db.selectFrom('patients').select(PATIENT_COLUMNS)
    .where('scheme_id', '=', schemeId).where('nhs_number', '=', nhsNumber).where('merged_into_id', 'is', null)
    .orderBy('created_at').executeTakeFirst();
}

export function insertPatient(db: Db, schemeId: string, d: CleanPatientDetails) {
  return db.insertInto('patients').values({ scheme_id: schemeId, ...columnsOf(d) }).returning(PATIENT_COLUMNS).executeTakeFirstOrThrow();
}

/** Updates a record if it is still at the version the editor saw; undefined when someone else saved first. */
export function updatePatient(db: Db, id: string, version: number, d: CleanPatientDetails, now: Date) {
  return db.updateTable('patients').set({ ...columnsOf(d), updated_at: now, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version).where('merged_into_id', 'is', null)
    .returning(PATIENT_COLUMNS).executeTakeFirst();
}

/**
 * Pairs of live records that may be the same person: same NHS number, or same last name, date of
 * birth and postcode — minus pairs a person has already decided are different people.
 */
export function findPossibleDuplicates(db: Db, schemeId: string, limit: number, patientId?: string) {
  let query = db.selectFrom('patients as a')
    .innerJoin('patients as b', (join) => join.onRef('a.scheme_id', '=', 'b.scheme_id').onRef('a.id', '<', 'b.id'))
    .select(['a.id as first_id', 'b.id as second_id'])
    .select((eb) => eb.case().when('a.nhs_number', '=', eb.ref('b.nhs_number')).then('nhs-number').else('name-date-of-birth-postcode').end().as('match'))
    .where('a.scheme_id', '=', schemeId).where('a.merged_into_id', 'is', null).where('b.merged_into_id', 'is', null)
    .where((eb) => eb.or([
      eb('a.nhs_number', '=', eb.ref('b.nhs_number')),
      eb.and([
        eb(sql`lower(a.family_name)`, '=', sql`lower(b.family_name)`),
        eb('a.date_of_birth', '=', eb.ref('b.date_of_birth')),
        eb('a.postcode', '=', eb.ref('b.postcode')),
      ]),
    ]))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('patient_distinct_pairs as d').select('d.first_id').whereRef('d.first_id', '=', 'a.id').whereRef('d.second_id', '=', 'b.id'))));
  if (patientId) query = query.where((eb) => eb.or([eb('a.id', '=', patientId), eb('b.id', '=', patientId)]));
  return query.orderBy('a.created_at').limit(limit).execute();
}

export function findPatientsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('patients').select(PATIENT_COLUMNS).where('id', 'in', ids).execute();
}

export async function recordDistinctPair(db: Db, schemeId: string, firstId: string, secondId: string, userId: string | null): Promise<void> {
  const [a, b] = firstId < secondId ? [firstId, secondId] : [secondId, firstId];
  await db.insertInto('patient_distinct_pairs').values({ scheme_id: schemeId, first_id: a, second_id: b, decided_by: userId })
    .onConflict((oc) => oc.columns(['first_id', 'second_id']).doNothing()).execute();
}

/** Moves every referral and case of the merged record to the kept one, and marks the merged record. */
export async function mergeInto(db: Db, keepId: string, mergeId: string, now: Date): Promise<void> {
  await db.updateTable('referrals').set({ patient_id: keepId, updated_at: now }).where('patient_id', '=', mergeId).execute();
  await db.updateTable('cases').set({ patient_id: keepId, updated_at: now }).where('patient_id', '=', mergeId).execute();
  await db.updateTable('patients').set({ merged_into_id: keepId, updated_at: now, version: sql`version + 1` }).where('id', '=', mergeId).execute();
}
