import type { Kysely, Transaction } from 'kysely';
import type { DB, Feeling } from '../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const countBy = (rows: { id: string; n: string | number | bigint }[]) => new Map(rows.map((r) => [r.id, Number(r.n)]));

/** Open cases per worker whose referral carries complexity flags. */
export async function complexCaseCounts(db: Db, schemeId: string): Promise<Map<string, number>> {
  return countBy(await db.selectFrom('cases as c').innerJoin('referrals as r', 'r.id', 'c.referral_id')
    .select((eb) => ['c.worker_id as id', eb.fn.countAll<string>().as('n')])
    .where('c.scheme_id', '=', schemeId).where('c.status', 'in', ['contacting', 'active']).where((eb) => eb.fn('cardinality', ['r.complexity_flags']), '>', 0)
    .groupBy('c.worker_id').execute());
}

/** Sessions held (attended) per worker since a time, counted against who recorded them. */
export async function sessionCounts(db: Db, schemeId: string, since: Date): Promise<Map<string, number>> {
  return countBy(await db.selectFrom('case_sessions as s').innerJoin('cases as c', 'c.id', 's.case_id')
    .select((eb) => ['c.worker_id as id', eb.fn.countAll<string>().as('n')])
    .where('s.scheme_id', '=', schemeId).where('s.starts_at', '>=', since).where('s.attendance', '=', 'attended')
    .groupBy('c.worker_id').execute());
}

/** Open tasks past their due date per assignee. */
export async function overdueTaskCounts(db: Db, schemeId: string, today: string): Promise<Map<string, number>> {
  return countBy(await db.selectFrom('case_tasks').select((eb) => ['assignee_id as id', eb.fn.countAll<string>().as('n')])
    .where('scheme_id', '=', schemeId).where('done_at', 'is', null).where('due_on', '<', today).groupBy('assignee_id').execute());
}

/** Open debrief requests per worker. */
export async function openDebriefCounts(db: Db, schemeId: string): Promise<Map<string, number>> {
  return countBy(await db.selectFrom('debrief_requests').select((eb) => ['worker_id as id', eb.fn.countAll<string>().as('n')])
    .where('scheme_id', '=', schemeId).where('status', '=', 'requested').groupBy('worker_id').execute());
}

/**
 * How many of each worker's latest sessions in a row left them feeling difficult or distressing:
 * a count only; the feelings themselves stay private.
 */
export async function difficultRuns(db: Db, schemeId: string, since: Date): Promise<Map<string, number>> {
  const rows = await db.selectFrom('session_wellbeing').select(['worker_id', 'feeling']).where('scheme_id', '=', schemeId).where('recorded_at', '>=', since)
    .orderBy('worker_id').orderBy('recorded_at', 'desc').orderBy('session_id', 'desc').execute();
  const runs = new Map<string, number>();
  const ended = new Set<string>();
  for (const r of rows) {
    if (ended.has(r.worker_id)) continue;
    if ((['difficult', 'distressing'] as Feeling[]).includes(r.feeling)) runs.set(r.worker_id, (runs.get(r.worker_id) ?? 0) + 1);
    else ended.add(r.worker_id);
  }
  return runs;
}
