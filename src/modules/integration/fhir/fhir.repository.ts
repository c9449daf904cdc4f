import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Read-only queries for the FHIR interface. An API client sees only the referrals it sent and the
 * people they are for, as a referrer sees only their own referrals. Referral and patient rows
 * are under row-level security: call these inside inSchemeTransaction.
 */

const REFERRAL_COLUMNS = [
  'r.id',
  'r.patient_id',
  'r.status',
  'r.referred_by_client_id',
  'r.referrer_name',
  'r.practice_ods_code',
  'r.identifier_system',
  'r.identifier_value',
  'r.reason',
  'r.needs',
  'r.information_request',
  'r.decline_reason',
  'r.decline_alternative',
  'r.received_at',
  'r.updated_at',
  'r.version',
] as const;

/** A referral this API client sent, or undefined (also for another client's or another scheme's). */
export function findClientReferral(db: Db, id: string, clientId: string) {
  return db
    .selectFrom('referrals as r')
    .select(REFERRAL_COLUMNS)
    .where('r.id', '=', id)
    .where('r.referred_by_client_id', '=', clientId)
    .executeTakeFirst();
}

export type FhirReferralRow = NonNullable<Awaited<ReturnType<typeof findClientReferral>>>;

/** Who sent the referral with this identifier, so one client cannot pick up another's by reusing it. */
export function findReferralSender(db: Db, schemeId: string, identifier: { system: string; value: string }) {
  return db
    .selectFrom('referrals')
    .select(['id', 'referred_by_client_id'])
    .where('scheme_id', '=', schemeId)
    .where('identifier_system', '=', identifier.system)
    .where('identifier_value', '=', identifier.value)
    .executeTakeFirst();
}

export function listMessagesBack(db: Db, referralId: string) {
  return db
    .selectFrom('messages_back')
    .select(['id', 'kind', 'snomed_code', 'snomed_display', 'body', 'created_at'])
    .where('referral_id', '=', referralId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type FhirMessageBackRow = Awaited<ReturnType<typeof listMessagesBack>>[number];

export function findSchemeName(db: Db, schemeId: string) {
  return db
    .selectFrom('organisations')
    .select(['name'])
    .where('id', '=', schemeId)
    .executeTakeFirst()
    .then((r) => r?.name ?? null);
}

/** The organisation with this ODS code (a GP practice), for the referral's referrer organisation. */
export function findOrganisationIdByOdsCode(db: Db, odsCode: string) {
  return db
    .selectFrom('organisations')
    .select(['id'])
    .where('ods_code', '=', odsCode)
    .executeTakeFirst()
    .then((r) => r?.id ?? null);
}

const PATIENT_COLUMNS = [
  'p.id',
  'p.nhs_number',
  'p.given_name',
  'p.family_name',
  'p.date_of_birth',
  'p.sex',
  'p.ethnicity',
  'p.address_line1',
  'p.address_line2',
  'p.town',
  'p.postcode',
  'p.phone',
  'p.email',
  'p.preferred_language',
  'p.interpreter_needed',
  'p.practice_ods_code',
  'p.updated_at',
  'p.version',
] as const;

/** A live (not merged away) patient this API client has referred, or undefined. */
export function findClientPatient(db: Db, id: string, clientId: string) {
  return db
    .selectFrom('patients as p')
    .select(PATIENT_COLUMNS)
    .where('p.id', '=', id)
    .where('p.merged_into_id', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('referrals as r')
          .select('r.id')
          .whereRef('r.patient_id', '=', 'p.id')
          .where('r.referred_by_client_id', '=', clientId),
      ),
    )
    .executeTakeFirst();
}

export type FhirPatientRow = NonNullable<Awaited<ReturnType<typeof findClientPatient>>>;

/** The live patient with this NHS number that this API client has referred before, or undefined. */
export function findClientPatientByNhsNumber(db: Db, schemeId: string, nhsNumber: string, clientId: string) {
  return db
    .selectFrom('patients as p')
    .select(PATIENT_COLUMNS)
    .where('p.scheme_id', '=', schemeId)
    .where('p.nhs_number', '=', nhsNumber)
    .where('p.merged_into_id', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('referrals as r')
          .select('r.id')
          .whereRef('r.patient_id', '=', 'p.id')
          .where('r.referred_by_client_id', '=', clientId),
      ),
    )
    .orderBy('p.created_at')
    .executeTakeFirst();
}

export function findPatientVersion(db: Db, id: string) {
  return db.selectFrom('patients').select(['id', 'version', 'updated_at']).where('id', '=', id).executeTakeFirst();
}
