import type { ColumnType, Generated } from 'kysely';
import type { DateOnly, DefaultTimestamp, Json, NullableDateOnly, NullableTimestamp } from './column-types.ts';

/** numeric: returned by node-postgres as a string. */
type Numeric = ColumnType<string, string | number, string | number>;
type NullableNumeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;
/** jsonb, nullable: an insert gives it as JSON text or null. */
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type OutcomeTimepoint = 'baseline' | 'review' | 'discharge';
export type OutcomeStatus = 'completed' | 'declined';
export type Better = 'higher' | 'lower';

/** A measure a scheme added as data, one row per version (0039_outcomes.sql). */
export interface OutcomeMeasuresTable {
  id: Generated<string>;
  scheme_id: string;
  key: string;
  version: number;
  name: string;
  definition: Json<unknown>;
  added_by: string | null;
  added_at: DefaultTimestamp;
}

/** The measures a scheme asks for and how often they are due again; no row means the defaults. */
export interface SchemeOutcomeSettingsTable {
  scheme_id: string;
  measures: Generated<string[]>;
  review_weeks: Generated<number>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** One asking of one measure: completed with answers, or declined with a reason. Append-only. */
export interface OutcomeRecordsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  patient_id: string;
  measure_key: string;
  measure_version: number;
  timepoint: OutcomeTimepoint;
  status: OutcomeStatus;
  answered_on: DateOnly;
  answers: NullableJson<Record<string, number>>;
  declined_reason: string | null;
  recorded_by: string | null;
  recorded_at: DefaultTimestamp;
}

/** Each score of a completed recording, with the direction and minimum change it was judged by. */
export interface OutcomeScoresTable {
  record_id: string;
  scheme_id: string;
  case_id: string;
  score_key: string;
  value: Numeric;
  band: string | null;
  better: Better;
  minimum_change: Numeric;
}

/** Baseline and latest later score per case, measure and score, kept by a trigger on outcome_scores. */
export interface OutcomePairsTable {
  scheme_id: string;
  case_id: string;
  measure_key: string;
  score_key: string;
  better: Better;
  minimum_change: Numeric;
  baseline: NullableNumeric;
  baseline_on: NullableDateOnly;
  latest: NullableNumeric;
  latest_on: NullableDateOnly;
  latest_timepoint: 'review' | 'discharge' | null;
  latest_recorded_at: NullableTimestamp;
}

/** Kysely table types of migration 0039: outcome measures, their recordings, scores and pairs. */
export interface OutcomeTables {
  outcome_measures: OutcomeMeasuresTable;
  scheme_outcome_settings: SchemeOutcomeSettingsTable;
  outcome_records: OutcomeRecordsTable;
  outcome_scores: OutcomeScoresTable;
  outcome_pairs: OutcomePairsTable;
}
