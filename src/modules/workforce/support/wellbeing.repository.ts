import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const OPEN = ['contacting', 'active'] as const;
const DIFFICULT = ['difficult', 'distressing'] as const;

/** The moments the figures are counted from. */
export interface SignalWindow {
  /** Monday 00:00 in London: sessions held since then are this week's. */
  weekStart: Date;
  /** The London date: tasks due before it are overdue. */
  today: string;
  /** Cases allocated since then count against the annual cap. */
  yearAgo: Date;
  /** Session feelings older than this are not part of a run. */
  runSince: Date;
}

/**
 * Each named worker's counts in one statement: every figure is an index probe by that worker,
 * so the cost follows the number of workers asked about, never the size of the scheme.
 */
export function workerFiguresQuery(db: Db, schemeId: string, workerIds: readonly string[], w: SignalWindow) {
  return db
    .selectFrom('users as w')
    .where('w.id', 'in', workerIds.length ? [...workerIds] : ['00000000-0000-0000-0000-000000000000'])
    .select((eb) => [
      'w.id',
      eb
        .selectFrom('cases as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.worker_id', '=', 'w.id')
        .where('c.scheme_id', '=', schemeId)
        .where('c.status', 'in', [...OPEN])
        .as('open_cases'),
      eb
        .selectFrom('cases as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.worker_id', '=', 'w.id')
        .where('c.scheme_id', '=', schemeId)
        .where('c.allocated_at', '>=', w.yearAgo)
        .as('allocated_this_year'),
      // Each open case's referral by its key (a sub-select, never a join the planner could turn into a scan of referrals).
      eb
        .selectFrom('cases as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.worker_id', '=', 'w.id')
        .where('c.scheme_id', '=', schemeId)
        .where('c.status', 'in', [...OPEN])
        .where((e) =>
          e(
            e
              .selectFrom('referrals as r')
              .select(sql<number>`cardinality(r.complexity_flags)`.as('flags'))
              .whereRef('r.id', '=', 'c.referral_id'),
            '>',
            0,
          ),
        )
        .as('complex_cases'),
      // Sessions the worker held (recorded) since Monday.
      eb
        .selectFrom('case_sessions as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.by_user_id', '=', 'w.id')
        .where('s.scheme_id', '=', schemeId)
        .where('s.starts_at', '>=', w.weekStart)
        .where('s.attendance', '=', 'attended')
        .as('sessions_this_week'),
      eb
        .selectFrom('case_tasks as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.assignee_id', '=', 'w.id')
        .where('t.scheme_id', '=', schemeId)
        .where('t.done_at', 'is', null)
        .where('t.due_on', '<', w.today)
        .as('overdue_tasks'),
      eb
        .selectFrom('debrief_requests as d')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('d.worker_id', '=', 'w.id')
        .where('d.scheme_id', '=', schemeId)
        .where('d.status', '=', 'requested')
        .as('open_debriefs'),
    ]);
}

/** Counts for the workers named; workers with nothing to count come back with zeros. */
export async function workerFigures(db: Db, schemeId: string, workerIds: readonly string[], w: SignalWindow) {
  if (workerIds.length === 0) return new Map<string, WorkerFigures>();
  const rows = await workerFiguresQuery(db, schemeId, workerIds, w).execute();
  return new Map(
    rows.map((r): [string, WorkerFigures] => [
      r.id,
      {
        openCases: Number(r.open_cases ?? 0),
        allocatedThisYear: Number(r.allocated_this_year ?? 0),
        complexCases: Number(r.complex_cases ?? 0),
        sessionsThisWeek: Number(r.sessions_this_week ?? 0),
        overdueTasks: Number(r.overdue_tasks ?? 0),
        openDebriefs: Number(r.open_debriefs ?? 0),
      },
    ]),
  );
}

export interface WorkerFigures {
  openCases: number;
  allocatedThisYear: number;
  complexCases: number;
  sessionsThisWeek: number;
  overdueTasks: number;
  openDebriefs: number;
}

/**
 * How many of each named worker's latest sessions in a row left them feeling difficult or distressing:
 * a count only; the feelings themselves stay private. Finds the last easier session first (newest first,
 * ties by session), then counts what came after it, so it reads the run and one row more per worker.
 */
export function difficultRunsQuery(db: Db, schemeId: string, workerIds: readonly string[], since: Date) {
  return db
    .selectFrom('users as w')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('session_wellbeing as b')
          .select(['b.recorded_at', 'b.session_id'])
          .where('b.scheme_id', '=', schemeId)
          .whereRef('b.worker_id', '=', 'w.id')
          .where('b.recorded_at', '>=', since)
          .where('b.feeling', 'not in', [...DIFFICULT])
          .orderBy('b.recorded_at', 'desc')
          .orderBy('b.session_id', 'desc')
          .limit(1)
          .as('brk'),
      (join) => join.onTrue(),
    )
    .innerJoin('session_wellbeing as s', (join) =>
      join
        .onRef('s.worker_id', '=', 'w.id')
        .on('s.scheme_id', '=', schemeId)
        .on(sql<boolean>`s.recorded_at >= greatest(${since}::timestamptz, brk.recorded_at)`)
        .on(
          sql<boolean>`(brk.session_id IS NULL OR (s.recorded_at, s.session_id) > (brk.recorded_at, brk.session_id))`,
        ),
    )
    .select((eb) => ['w.id', eb.fn.countAll<string>().as('n')])
    .where('w.id', 'in', workerIds.length ? [...workerIds] : ['00000000-0000-0000-0000-000000000000'])
    .groupBy('w.id');
}

export async function difficultRuns(
  db: Db,
  schemeId: string,
  workerIds: readonly string[],
  since: Date,
): Promise<Map<string, number>> {
  if (workerIds.length === 0) return new Map();
  const rows = await difficultRunsQuery(db, schemeId, workerIds, since).execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
