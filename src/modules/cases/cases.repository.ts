import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { londonDate } from '../../platform/london-time.ts';
import type {
  Attendance,
  CaseStatus,
  ContactChannel,
  ContactOutcome,
  DB,
  DomainNeed,
  GoalStatus,
  InterventionLevel,
  RiskConcern,
  SessionMode,
} from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const CASE_COLUMNS = [
  'c.id',
  'c.scheme_id',
  'c.referral_id',
  'c.patient_id',
  'c.worker_id',
  'c.status',
  'c.allocated_at',
  'c.allocated_by',
  'c.first_contact_at',
  'c.letter_sent_at',
  'c.what_matters',
  'c.needs_by_domain',
  'c.intervention_level',
  'c.extra_weeks',
  'c.extra_sessions',
  'c.closed_at',
  'c.closed_by',
  'c.discharge_reason',
  'c.discharge_summary',
  'c.discharge_arranged',
  'c.updated_at',
  'c.version',
] as const;

export function findCase(db: Db, id: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('users as w', 'w.id', 'c.worker_id')
    .select(CASE_COLUMNS)
    .select('w.name as worker_name')
    .where('c.id', '=', id)
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export async function insertCase(
  db: Db,
  c: {
    schemeId: string;
    referralId: string;
    patientId: string;
    workerId: string;
    allocatedBy: string | null;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('cases')
    .values({
      scheme_id: c.schemeId,
      referral_id: c.referralId,
      patient_id: c.patientId,
      worker_id: c.workerId,
      status: 'contacting',
      allocated_at: c.at,
      allocated_by: c.allocatedBy,
      updated_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface CaseChanges {
  status?: CaseStatus;
  first_contact_at?: Date | null;
  letter_sent_at?: Date | null;
  what_matters?: string;
  needs_by_domain?: string;
  intervention_level?: InterventionLevel | null;
  extra_weeks?: number;
  extra_sessions?: number;
  closed_at?: Date;
  closed_by?: string | null;
  discharge_reason?: string;
  discharge_summary?: string;
  discharge_arranged?: string;
}

/** Saves a change if the case is still at the given version; false when someone else saved first. */
export async function updateCase(
  db: Db,
  id: string,
  version: number,
  changes: CaseChanges,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('cases')
    .set({ ...changes, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function listContactAttempts(db: Db, caseId: string) {
  return db
    .selectFrom('contact_attempts as a')
    .leftJoin('users as u', 'u.id', 'a.by_user_id')
    .select(['a.id', 'a.at', 'a.channel', 'a.outcome', 'a.notes', 'u.name as by_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.at')
    .orderBy('a.created_at')
    .execute();
}

export async function insertContactAttempt(
  db: Db,
  a: {
    schemeId: string;
    caseId: string;
    at: Date;
    channel: ContactChannel;
    outcome: ContactOutcome;
    notes: string;
    byUserId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('contact_attempts')
    .values({
      scheme_id: a.schemeId,
      case_id: a.caseId,
      at: a.at,
      channel: a.channel,
      outcome: a.outcome,
      notes: a.notes,
      by_user_id: a.byUserId,
    })
    .execute();
}

export function listSessions(db: Db, caseId: string) {
  return db
    .selectFrom('case_sessions as s')
    .leftJoin('users as u', 'u.id', 's.by_user_id')
    .select([
      's.id',
      's.starts_at',
      's.duration_minutes',
      's.mode',
      's.place',
      's.attendance',
      's.notes',
      's.risk_concern',
      'u.name as by_name',
    ])
    .where('s.case_id', '=', caseId)
    .orderBy('s.starts_at')
    .execute();
}

export async function insertSession(
  db: Db,
  s: {
    schemeId: string;
    caseId: string;
    startsAt: Date;
    durationMinutes: number;
    mode: SessionMode;
    place: string;
    attendance: Attendance;
    notes: string;
    byUserId: string | null;
    riskConcern: RiskConcern | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('case_sessions')
    .values({
      scheme_id: s.schemeId,
      case_id: s.caseId,
      starts_at: s.startsAt,
      duration_minutes: s.durationMinutes,
      mode: s.mode,
      place: s.place,
      attendance: s.attendance,
      notes: s.notes,
      by_user_id: s.byUserId,
      risk_concern: s.riskConcern,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listGoals(db: Db, caseId: string) {
  return db
    .selectFrom('case_goals')
    .select(['id', 'description', 'actions', 'status', 'progress', 'progress_note', 'updated_at', 'version'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

export async function insertGoal(
  db: Db,
  g: { schemeId: string; caseId: string; description: string; actions: string; at: Date },
): Promise<void> {
  await db
    .insertInto('case_goals')
    .values({
      scheme_id: g.schemeId,
      case_id: g.caseId,
      description: g.description,
      actions: g.actions,
      created_at: g.at,
      updated_at: g.at,
    })
    .execute();
}

export function findGoal(db: Db, id: string) {
  return db
    .selectFrom('case_goals')
    .select(['id', 'case_id', 'status', 'updated_at', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateGoal(
  db: Db,
  id: string,
  version: number,
  g: { description: string; actions: string; status: GoalStatus; progress: number | null; progressNote: string },
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('case_goals')
    .set({
      description: g.description,
      actions: g.actions,
      status: g.status,
      progress: g.progress,
      progress_note: g.progressNote,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

const TASK_COLUMNS = [
  't.id',
  't.case_id',
  't.description',
  't.due_on',
  't.done_at',
  't.assignee_id',
  'a.name as assignee_name',
  'p.given_name',
  'p.family_name',
] as const;

export function listTasks(db: Db, caseId: string) {
  return db
    .selectFrom('case_tasks as t')
    .innerJoin('users as a', 'a.id', 't.assignee_id')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select(TASK_COLUMNS)
    .where('t.case_id', '=', caseId)
    .orderBy('t.done_at', (ob) => ob.nullsFirst())
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}
export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

/** A person's open tasks, soonest due first, by keyset on (due date, id); optionally only on cases with an active risk of this rank or above. */
export function listOpenTasksFor(
  db: Db,
  schemeId: string,
  userId: string,
  after: { dueOn: string; id: string } | null,
  limit: number,
  riskAtLeast?: number,
) {
  let query = db
    .selectFrom('case_tasks as t')
    .innerJoin('users as a', 'a.id', 't.assignee_id')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select(TASK_COLUMNS)
    .where('t.scheme_id', '=', schemeId)
    .where('t.assignee_id', '=', userId)
    .where('t.done_at', 'is', null)
    .where('c.status', '<>', 'closed');
  if (riskAtLeast !== undefined) query = query.where('c.active_risk_rank', '>=', riskAtLeast);
  if (after) query = query.where((eb) => eb(eb.refTuple('t.due_on', 't.id'), '>', eb.tuple(after.dueOn, after.id)));
  return query
    .orderBy('t.due_on')
    .orderBy('t.id')
    .limit(limit + 1)
    .execute();
}

export async function insertTask(
  db: Db,
  t: {
    schemeId: string;
    caseId: string;
    assigneeId: string;
    description: string;
    dueOn: string;
    createdBy: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('case_tasks')
    .values({
      scheme_id: t.schemeId,
      case_id: t.caseId,
      assignee_id: t.assigneeId,
      description: t.description,
      due_on: t.dueOn,
      created_by: t.createdBy,
      created_at: t.at,
    })
    .execute();
}

export function findTask(db: Db, id: string) {
  return db
    .selectFrom('case_tasks')
    .select(['id', 'case_id', 'assignee_id', 'done_at', 'description'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function completeTask(db: Db, id: string, userId: string | null, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('case_tasks')
    .set({ done_at: at, done_by: userId })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function listExtensions(db: Db, caseId: string) {
  return db
    .selectFrom('case_extensions as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.at', 'e.extra_weeks', 'e.extra_sessions', 'e.reason', 'u.name as by_name'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.at')
    .execute();
}

export async function insertExtension(
  db: Db,
  e: {
    schemeId: string;
    caseId: string;
    extraWeeks: number;
    extraSessions: number;
    reason: string;
    byUserId: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('case_extensions')
    .values({
      scheme_id: e.schemeId,
      case_id: e.caseId,
      extra_weeks: e.extraWeeks,
      extra_sessions: e.extraSessions,
      reason: e.reason,
      by_user_id: e.byUserId,
      at: e.at,
    })
    .execute();
}

/**
 * A worker's caseload page in one query: each case with its person, session counts, last
 * session and task counts (correlated subqueries on indexed columns, no per-row round trips).
 */
export function listCaseload(
  db: Db,
  schemeId: string,
  workerId: string,
  closed: boolean,
  after: { at: Date; id: string } | null,
  limit: number,
  today: string,
  byRisk: CaseloadRiskOrder = {},
) {
  let query = db
    .selectFrom('cases as c')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select([
      'c.id',
      'c.status',
      'c.allocated_at',
      'c.first_contact_at',
      'c.extra_weeks',
      'c.extra_sessions',
      'c.letter_sent_at',
      'c.active_risk_rank',
      'p.id as patient_id',
      'p.given_name',
      'p.family_name',
      'p.date_of_birth',
      'p.preferred_language',
    ])
    .select((eb) => [
      eb
        .selectFrom('case_sessions as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.case_id', '=', 'c.id')
        .where('s.attendance', '=', 'attended')
        .as('sessions_held'),
      eb
        .selectFrom('case_sessions as s')
        .select((sb) => sb.fn.max('s.starts_at').as('m'))
        .whereRef('s.case_id', '=', 'c.id')
        .where('s.attendance', '=', 'attended')
        .as('last_session_at'),
      eb
        .selectFrom('case_tasks as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.case_id', '=', 'c.id')
        .where('t.done_at', 'is', null)
        .as('open_tasks'),
      eb
        .selectFrom('case_tasks as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.case_id', '=', 'c.id')
        .where('t.done_at', 'is', null)
        .where('t.due_on', '<', today)
        .as('overdue_tasks'),
      eb
        .selectFrom('contact_attempts as a')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('a.case_id', '=', 'c.id')
        .as('contact_attempts'),
    ])
    .where('c.scheme_id', '=', schemeId)
    .where('c.worker_id', '=', workerId);
  query = closed ? query.where('c.status', '=', 'closed') : query.where('c.status', 'in', ['contacting', 'active']);
  if (byRisk.atLeast !== undefined) query = query.where('c.active_risk_rank', '>=', byRisk.atLeast);
  if (byRisk.sort) {
    const from = byRisk.sort.after;
    if (from) {
      query = query.where((eb) =>
        eb.or([
          eb('c.active_risk_rank', '<', from.rank),
          eb.and([
            eb('c.active_risk_rank', '=', from.rank),
            eb(eb.refTuple('c.allocated_at', 'c.id'), '>', eb.tuple(from.at, from.id)),
          ]),
        ]),
      );
    }
    return query
      .orderBy('c.active_risk_rank', 'desc')
      .orderBy('c.allocated_at')
      .orderBy('c.id')
      .limit(limit + 1)
      .execute();
  }
  if (after) query = query.where((eb) => eb(eb.refTuple('c.allocated_at', 'c.id'), '>', eb.tuple(after.at, after.id)));
  return query
    .orderBy('c.allocated_at')
    .orderBy('c.id')
    .limit(limit + 1)
    .execute();
}

/**
 * Risk on a caseload (cases.active_risk_rank, kept by the risk module): "this rank or above" is an
 * index range, and sorting by it walks cases_open_risk_idx (rank descending, then allocation).
 */
export interface CaseloadRiskOrder {
  atLeast?: number;
  sort?: { after: { rank: number; at: Date; id: string } | null };
}

/** A link worker's open cases and allocations in the last year: the inputs to capacity. */
export interface WorkerLoad {
  openCases: number;
  allocatedThisYear: number;
}

/**
 * Each worker's load from the counts kept as cases are written (0030_worker_case_counts.sql), so the
 * cost follows the number of workers, never the number of cases: one row per worker for open cases,
 * and for the year the month and day counts `yearParts` reads. "This year" is every case allocated on
 * or after the London date a year ago (the whole of that first day). Workers with nothing counted are absent.
 */
export async function workerLoads(
  db: Db,
  schemeId: string,
  yearAgo: Date,
  workerIds?: readonly string[],
): Promise<Map<string, WorkerLoad>> {
  if (workerIds && workerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom((eb) => {
      let open = eb
        .selectFrom('worker_case_counts')
        .select(['worker_id', 'open_cases as open', sql<number>`0`.as('allocated')])
        .where('scheme_id', '=', schemeId);
      let [months, days] = yearParts(eb, schemeId, yearAgo, false);
      if (workerIds) {
        open = open.where('worker_id', 'in', [...workerIds]);
        months = months.where('worker_id', 'in', [...workerIds]);
        days = days.where('worker_id', 'in', [...workerIds]);
      }
      return open.unionAll(months).unionAll(days).as('f');
    })
    .select((eb) => [
      'f.worker_id',
      eb.fn.sum<string>('f.open').as('open_cases'),
      eb.fn.sum<string>('f.allocated').as('allocated_this_year'),
    ])
    .groupBy('f.worker_id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.worker_id,
      { openCases: Number(r.open_cases), allocatedThisYear: Number(r.allocated_this_year) },
    ]),
  );
}

/**
 * Every worker's allocations in the year from `yearAgo` (worker_id, allocated), read in one statement
 * along the counts' keys (scheme, period): the allocation shortlist ranks the team by it in SQL.
 * Workers with nothing allocated are absent.
 */
export function yearAllocations(db: Db, schemeId: string, yearAgo: Date) {
  return db
    .selectFrom((eb) => {
      const [months, days] = yearParts(eb, schemeId, yearAgo, true);
      return months.unionAll(days).as('y');
    })
    .select((eb) => ['y.worker_id', eb.fn.sum<number>('y.allocated').as('allocated')])
    .groupBy('y.worker_id');
}

/**
 * The year's month and day counts as (worker_id, open 0, allocated), to add to the open cases: the whole London
 * months after the one `yearAgo` falls in, and that first month's part from `yearAgo`'s London date: its
 * days on and after the date, or, with `fewerDays` and a date in the first half of the month, the whole
 * month less its days before the date (those days then count negative), fewer rows for a whole team.
 */
function yearParts(eb: ExpressionBuilder<DB, never>, schemeId: string, yearAgo: Date, fewerDays: boolean) {
  const fromDay = londonDate(yearAgo);
  const monthStart = `${fromDay.slice(0, 8)}01`;
  const monthAfter = firstOfNextMonth(fromDay);
  const early = fewerDays && Number(fromDay.slice(8, 10)) <= 16;
  const columns = ['worker_id', sql<number>`0`.as('open')] as const;
  const months = eb
    .selectFrom('worker_allocation_months')
    .select([...columns, 'allocated'])
    .where('scheme_id', '=', schemeId)
    .where('month', '>=', early ? monthStart : monthAfter);
  const days = early
    ? eb
        .selectFrom('worker_allocation_days')
        .select([...columns, sql<number>`-allocated`.as('allocated')])
        .where('scheme_id', '=', schemeId)
        .where('day', '>=', monthStart)
        .where('day', '<', fromDay)
    : eb
        .selectFrom('worker_allocation_days')
        .select([...columns, 'allocated'])
        .where('scheme_id', '=', schemeId)
        .where('day', '>=', fromDay)
        .where('day', '<', monthAfter);
  return [months, days] as const;
}

/** The first day of the month after a 'YYYY-MM-DD' date. */
function firstOfNextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export function countClosedCases(db: Db, schemeId: string, workerId: string) {
  return db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('status', '=', 'closed')
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function countOpenCases(db: Db, schemeId: string, workerId: string) {
  return db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('status', 'in', ['contacting', 'active'])
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export type { DomainNeed };
