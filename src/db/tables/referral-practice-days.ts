/**
 * Referrals per scheme, London day and practice, kept by a trigger on referrals in the writing
 * statement's transaction, for the out-of-scope report (0025_referral_list_indexes.sql). Read-only to
 * the application.
 */
export interface ReferralPracticeDaysTable {
  scheme_id: string;
  /** The London day the referrals were received (a `date`, read as 'YYYY-MM-DD'). */
  day: string;
  practice_ods_code: string | null;
  referrals: number;
  out_of_scope: number;
  declined: number;
}

/** Kysely table types for the out-of-scope report's daily counts. */
export interface ReferralPracticeDaysTables {
  referral_practice_days: ReferralPracticeDaysTable;
}
