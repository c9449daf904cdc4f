/**
 * The only place that touches the outcome tables: measures a scheme added, its settings, and the recordings
 * with their scores. The pairs (baseline and latest) are kept by a trigger and only read here.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Better, DB, OutcomeStatus, OutcomeTimepoint } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface OutcomeSettingsRow {
  measures: string[];
  review_weeks: number;
  version: number;
  updated_at: Date;
}

/** The scheme's choice of measures and review interval, or undefined when it has kept the defaults. */
export function findOutcomeSettings(db: Db, schemeId: string): Promise<OutcomeSettingsRow | undefined> {
  return db
    .selectFrom('scheme_outcome_settings')
    .select(['measures', 'review_weeks', 'version', 'updated_at'])
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
}

/** Saves the settings if the version is the one the manager saw; false when someone saved first. */
export async function saveOutcomeSettings(
  db: Db,
  schemeId: string,
  seenVersion: number,
  s: { measures: string[]; reviewWeeks: number },
  now: Date,
): Promise<boolean> {
  if (seenVersion === 0) {
    const inserted = await db
      .insertInto('scheme_outcome_settings')
      .values({ scheme_id: schemeId, measures: s.measures, review_weeks: s.reviewWeeks, updated_at: now, version: 1 })
      .onConflict((oc) => oc.column('scheme_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('scheme_outcome_settings')
    .set((eb) => ({
      measures: s.measures,
      review_weeks: s.reviewWeeks,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('scheme_id', '=', schemeId)
    .where('version', '=', seenVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Every version of every measure the scheme added, oldest version first. */
export function listAddedMeasures(db: Db, schemeId: string) {
  return db
    .selectFrom('outcome_measures')
    .select(['key', 'version', 'name', 'definition', 'added_at'])
    .where('scheme_id', '=', schemeId)
    .orderBy('key')
    .orderBy('version')
    .execute();
}

export async function insertMeasure(
  db: Db,
  m: { schemeId: string; key: string; version: number; name: string; definition: unknown; addedBy: string | null },
): Promise<void> {
  await db
    .insertInto('outcome_measures')
    .values({
      scheme_id: m.schemeId,
      key: m.key,
      version: m.version,
      name: m.name,
      definition: JSON.stringify(m.definition),
      added_by: m.addedBy,
    })
    .execute();
}

/** A case's recordings in the order they were answered, with who recorded them and their scores. */
export function listCaseRecords(db: Db, caseId: string) {
  return db
    .selectFrom('outcome_records as r')
    .leftJoin('users as u', 'u.id', 'r.recorded_by')
    .select([
      'r.id',
      'r.measure_key',
      'r.measure_version',
      'r.timepoint',
      'r.status',
      'r.answered_on',
      'r.answers',
      'r.declined_reason',
      'r.recorded_at',
      'u.name as recorded_by_name',
    ])
    .where('r.case_id', '=', caseId)
    .orderBy('r.measure_key')
    .orderBy('r.answered_on')
    .orderBy('r.recorded_at')
    .execute();
}

export function listCaseScores(db: Db, caseId: string) {
  return db
    .selectFrom('outcome_scores')
    .select(['record_id', 'score_key', 'value', 'band'])
    .where('case_id', '=', caseId)
    .execute();
}

export function listCasePairs(db: Db, caseId: string) {
  return db
    .selectFrom('outcome_pairs')
    .select([
      'measure_key',
      'score_key',
      'better',
      'minimum_change',
      'baseline',
      'baseline_on',
      'latest',
      'latest_on',
      'latest_timepoint',
    ])
    .where('case_id', '=', caseId)
    .execute();
}

/** Whether the case already has a completed recording of the measure at the timepoint (baseline, discharge). */
export async function hasCompleted(
  db: Db,
  caseId: string,
  measureKey: string,
  timepoint: OutcomeTimepoint,
): Promise<boolean> {
  const row = await db
    .selectFrom('outcome_records')
    .select('id')
    .where('case_id', '=', caseId)
    .where('measure_key', '=', measureKey)
    .where('timepoint', '=', timepoint)
    .where('status', '=', 'completed')
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewRecord {
  schemeId: string;
  caseId: string;
  patientId: string;
  measureKey: string;
  measureVersion: number;
  timepoint: OutcomeTimepoint;
  status: OutcomeStatus;
  answeredOn: string;
  answers: Record<string, number> | null;
  declinedReason: string | null;
  recordedBy: string | null;
  recordedAt: Date;
}

export interface NewScore {
  key: string;
  value: number;
  band: string | null;
  better: Better;
  minimumChange: number;
}

/** Writes one recording and its scores; the scores' trigger updates the case's pairs in the same statement. */
export async function insertRecord(db: Db, r: NewRecord, scores: readonly NewScore[]): Promise<string> {
  const { id } = await db
    .insertInto('outcome_records')
    .values({
      scheme_id: r.schemeId,
      case_id: r.caseId,
      patient_id: r.patientId,
      measure_key: r.measureKey,
      measure_version: r.measureVersion,
      timepoint: r.timepoint,
      status: r.status,
      answered_on: r.answeredOn,
      answers: r.answers ? JSON.stringify(r.answers) : null,
      declined_reason: r.declinedReason,
      recorded_by: r.recordedBy,
      recorded_at: r.recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (scores.length > 0)
    await db
      .insertInto('outcome_scores')
      .values(
        scores.map((s) => ({
          record_id: id,
          scheme_id: r.schemeId,
          case_id: r.caseId,
          score_key: s.key,
          value: s.value,
          band: s.band,
          better: s.better,
          minimum_change: s.minimumChange,
        })),
      )
      .execute();
  return id;
}

/**
 * For a page of cases: per case and measure, whether a baseline was asked (completed or declined) and the day
 * of the last asking. One grouped read over the cases' index entries, never the scheme's recordings.
 */
export function lastAskedByCase(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('outcome_records')
    .select((eb) => [
      'case_id',
      'measure_key',
      eb.fn.max('answered_on').as('last_on'),
      eb.fn.count<string>('id').filterWhere('timepoint', '=', 'baseline').as('baselines'),
    ])
    .where('case_id', 'in', caseIds)
    .groupBy(['case_id', 'measure_key'])
    .execute();
}
