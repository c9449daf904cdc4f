import type { Generated, GeneratedAlways } from 'kysely';

/** The columns 0023_patient_match_keys.sql adds to patients: match keys stored so predicates stay leakproof. */
export interface PatientMatchColumns {
  /** lower(family_name), kept by the database. */
  family_name_key: GeneratedAlways<string>;
}

export type DuplicateMatch = 'nhs-number' | 'name-date-of-birth-postcode';

/** Two live records of a scheme that may be the same person, kept as either is written (0023). */
export interface PatientDuplicatePairsTable {
  id: Generated<string>;
  scheme_id: string;
  /** The smaller id of the two. */
  first_id: string;
  second_id: string;
  match: DuplicateMatch;
  found_at: Date;
}

export interface PatientMatchTables {
  patient_duplicate_pairs: PatientDuplicatePairsTable;
}
