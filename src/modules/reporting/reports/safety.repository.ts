/**
 * Reads for the safety and workforce report (0045_safety_report.sql): grouped sums over the safety rollups, and the
 * lookup of what the rollups do not hold (the scheme's link workers with their supervision cadence, start day and
 * safe caseload, and the courses required of them), read as the application for one scheme.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ReportSafetyTables } from '../../../db/tables/report-safety.ts';
import { capacityOf } from '../../workforce/allocation/index.ts';
import { loadSchemeRules } from '../../scheme/scheme-settings/index.ts';
import type { ReportFilters } from './report-filters.ts';
import { rollup, withinReach } from './rollups.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Schemes = readonly string[];
type SafetyRollup = keyof ReportSafetyTables;

const total = (column: string) => sql<string>`sum(${sql.ref(column)})`;

/**
 * Rows of a safety rollup whose things have no practice or need (debriefs, supervision, training, visits,
 * caseload): the schemes, the months (all up to the range's end when `upToEnd`, for running sums), the worker
 * filter and the reader's reach. The practice and need filters do not narrow these; the tables say so.
 */
function workerRollup(db: Db, table: SafetyRollup, schemeIds: Schemes, f: ReportFilters, upToEnd = false) {
  let q = (db.selectFrom(table) as unknown as SelectQueryBuilder<DB, SafetyRollup, object>)
    .where('scheme_id', 'in', schemeIds)
    .where('month', '<=', f.toMonth)
    .where('need', '=', '*');
  if (!upToEnd) q = q.where('month', '>=', f.fromMonth);
  if (f.worker) q = q.where('worker_id', '=', f.worker);
  return withinReach(q, f);
}

/** The month, or null for a month before the range (summed as one, the opening balance of a running sum). */
const monthInRange = (f: ReportFilters) => sql<string | null>`CASE WHEN month >= ${f.fromMonth} THEN month END`;

/** Risk checks by month and level. */
export function risksByMonth(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return rollup(db, 'report_safety_risks', schemeIds, f)
    .select([sql.ref<string>('month').as('month'), sql.ref<string>('level').as('key'), total('risks').as('n')])
    .groupBy(['month', 'level'])
    .execute() as Promise<{ month: string; key: string; n: string }[]>;
}

/** Risk actions by the month they fell due and how they ended. */
export function actionsByMonth(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return rollup(db, 'report_safety_actions', schemeIds, f)
    .select([sql.ref<string>('month').as('month'), sql.ref<string>('outcome').as('key'), total('actions').as('n')])
    .groupBy(['month', 'outcome'])
    .execute() as Promise<{ month: string; key: string; n: string }[]>;
}

/** Debrief requests by the month asked and whether they were answered in time. */
export function debriefsByMonth(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return workerRollup(db, 'report_safety_debriefs', schemeIds, f)
    .select([sql.ref<string>('month').as('month'), sql.ref<string>('outcome').as('key'), total('debriefs').as('n')])
    .groupBy(['month', 'outcome'])
    .execute() as Promise<{ month: string; key: string; n: string }[]>;
}

/** Lone-working visits by month, missed check-out and whole minutes to acknowledge (a histogram). */
export function visitsByMonth(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return workerRollup(db, 'report_safety_visits', schemeIds, f)
    .select([
      sql.ref<string>('month').as('month'),
      sql.ref<boolean>('missed').as('missed'),
      sql.ref<number | null>('ack_minutes').as('ack_minutes'),
      total('visits').as('n'),
    ])
    .groupBy(['month', 'missed', 'ack_minutes'])
    .execute() as Promise<{ month: string; missed: boolean; ack_minutes: number | null; n: string }[]>;
}

/** Supervision sessions per worker, month (null before the range) and gap, with the latest day held. */
export function supervisionByWorker(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return workerRollup(db, 'report_safety_supervision', schemeIds, f, true)
    .select([
      sql.ref<string>('scheme_id').as('scheme_id'),
      sql.ref<string>('worker_id').as('worker_id'),
      monthInRange(f).as('month'),
      sql.ref<number | null>('gap_days').as('gap_days'),
      total('sessions').as('sessions'),
      sql<string>`max(last_held_on)::text`.as('last_held_on'),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`])
    .execute() as Promise<
    {
      scheme_id: string;
      worker_id: string;
      month: string | null;
      gap_days: number | null;
      sessions: string;
      last_held_on: string;
    }[]
  >;
}

/** Training records becoming current minus those lapsing, per worker, course and month (null before the range). */
export function trainingByWorker(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return workerRollup(db, 'report_safety_training', schemeIds, f, true)
    .select([
      sql.ref<string>('scheme_id').as('scheme_id'),
      sql.ref<string>('worker_id').as('worker_id'),
      sql.ref<string>('course_id').as('course_id'),
      monthInRange(f).as('month'),
      sql<string>`sum(started - ended)`.as('net'),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`])
    .execute() as Promise<
    { scheme_id: string; worker_id: string; course_id: string; month: string | null; net: string }[]
  >;
}

/** Cases allocated and closed and overrides made, per worker and month (null before the range). */
export function caseloadByWorker(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return workerRollup(db, 'report_safety_caseload', schemeIds, f, true)
    .select([
      sql.ref<string>('scheme_id').as('scheme_id'),
      sql.ref<string>('worker_id').as('worker_id'),
      monthInRange(f).as('month'),
      total('allocated').as('allocated'),
      total('closed').as('closed'),
      total('overrides').as('overrides'),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`])
    .execute() as Promise<
    {
      scheme_id: string;
      worker_id: string;
      month: string | null;
      allocated: string;
      closed: string;
      overrides: string;
    }[]
  >;
}

/** A link worker as the safety report weighs them: from when, how often supervised, how many cases at once. */
export interface SafetyWorker {
  schemeId: string;
  id: string;
  name: string;
  /** The day their supervision is counted from: their start day, else the day they joined the scheme. */
  since: string;
  cadenceDays: number;
  /** Open cases they can safely hold at once, at their hours today and the scheme's capacity policy. */
  cap: number;
}

/** What the safety tables need from outside the rollups, for one scheme (or several, merged). */
export interface SafetyLookup {
  /** Today in London, by the database's clock. */
  today: string;
  workers: SafetyWorker[];
  /** Active courses required of link workers. */
  courses: { schemeId: string; id: string; name: string }[];
}

/** The scheme's active link workers and the courses required of them, read as the application. */
export async function safetyLookup(trx: Transaction<DB>, schemeId: string): Promise<SafetyLookup> {
  const rules = await loadSchemeRules(trx, schemeId);
  const [workers, courses, clock] = await Promise.all([
    trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('worker_profiles as p', (join) =>
        join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
      )
      .leftJoin('scheme_policies as sp', 'sp.scheme_id', 'm.scheme_id')
      .select([
        'u.id',
        'u.name',
        sql<string | null>`p.hours_per_week::text`.as('hours'),
        sql<number>`coalesce(p.supervision_cadence_days, sp.supervision_cadence_days, 28)`.as('cadence_days'),
        sql<string>`coalesce(p.started_on, m.created_at::date)::text`.as('since'),
      ])
      .where('m.scheme_id', '=', schemeId)
      .where('m.role', '=', 'link_worker')
      .where('u.active', '=', true)
      .orderBy('u.name')
      .execute(),
    trx
      .selectFrom('training_courses')
      .select(['id', 'name'])
      .where('scheme_id', '=', schemeId)
      .where('active', '=', true)
      .where(sql<boolean>`'link_worker' = ANY (required_for_roles)`)
      .orderBy('position')
      .orderBy('name')
      .execute(),
    sql<{ today: string }>`SELECT london_day(now())::text AS today`.execute(trx),
  ]);
  return {
    today: clock.rows[0]!.today,
    workers: workers.map((w) => ({
      schemeId,
      id: w.id,
      name: w.name,
      since: w.since,
      cadenceDays: Number(w.cadence_days),
      cap: capacityOf(rules.capacity, {
        hoursPerWeek: w.hours === null ? rules.capacity.fullTimeHours : Number(w.hours),
        openCases: 0,
        allocatedThisYear: 0,
      }).cap,
    })),
    courses: courses.map((c) => ({ schemeId, id: c.id, name: c.name })),
  };
}

/** Several schemes' lookups as one: every scheme's workers and required courses (a commissioner's report). */
export function mergeSafetyLookups(all: SafetyLookup[]): SafetyLookup {
  return {
    today: all.map((l) => l.today).sort()[0] ?? '',
    workers: all.flatMap((l) => l.workers),
    courses: all.flatMap((l) => l.courses),
  };
}
