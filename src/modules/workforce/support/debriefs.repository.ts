import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, DebriefReason, Feeling } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** An open request for the same worker, reason and session or risk (nulls match nulls). */
export function findOpenDebrief(
  db: Db,
  schemeId: string,
  workerId: string,
  reason: DebriefReason,
  sessionId: string | null,
  riskId: string | null,
) {
  let query = db
    .selectFrom('debrief_requests')
    .select('id')
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('reason', '=', reason)
    .where('status', '=', 'requested');
  query = sessionId === null ? query.where('session_id', 'is', null) : query.where('session_id', '=', sessionId);
  query = riskId === null ? query.where('risk_id', 'is', null) : query.where('risk_id', '=', riskId);
  return query.executeTakeFirst();
}

/** The worker's debrief request for this session, or failing that for this risk (whatever its reason or status): one per event. */
export async function findDebriefForEvent(
  db: Db,
  schemeId: string,
  workerId: string,
  sessionId: string | null,
  riskId: string | null,
): Promise<{ id: string } | undefined> {
  const base = () =>
    db
      .selectFrom('debrief_requests')
      .select('id')
      .where('scheme_id', '=', schemeId)
      .where('worker_id', '=', workerId)
      .where('duplicate_of', 'is', null);
  const bySession =
    sessionId === null ? undefined : await base().where('session_id', '=', sessionId).executeTakeFirst();
  if (bySession || riskId === null) return bySession;
  return base().where('risk_id', '=', riskId).executeTakeFirst();
}

/** Inserts a request; undefined when one for the same worker and session or risk got there first (the unique indexes of 0016). */
export async function insertDebrief(
  db: Db,
  d: {
    schemeId: string;
    workerId: string;
    supervisorId: string | null;
    reason: DebriefReason;
    sessionId: string | null;
    riskId: string | null;
    at: Date;
    respondBy: Date;
  },
): Promise<string | undefined> {
  const row = await db
    .insertInto('debrief_requests')
    .values({
      scheme_id: d.schemeId,
      worker_id: d.workerId,
      supervisor_id: d.supervisorId,
      reason: d.reason,
      session_id: d.sessionId,
      risk_id: d.riskId,
      requested_at: d.at,
      respond_by: d.respondBy,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

const DEBRIEF_COLUMNS = [
  'd.id',
  'd.scheme_id',
  'd.worker_id',
  'w.name as worker_name',
  'd.supervisor_id',
  's.name as supervisor_name',
  'd.reason',
  'd.session_id',
  'd.risk_id',
  'd.requested_at',
  'd.respond_by',
  'd.status',
  'd.completed_at',
  'd.completed_by',
  'd.notes',
  'd.escalated_at',
  'd.duplicate_of',
] as const;

function debriefs(db: Db) {
  return db
    .selectFrom('debrief_requests as d')
    .innerJoin('users as w', 'w.id', 'd.worker_id')
    .leftJoin('users as s', 's.id', 'd.supervisor_id');
}

export function findDebrief(db: Db, id: string) {
  return debriefs(db).select(DEBRIEF_COLUMNS).where('d.id', '=', id).executeTakeFirst();
}

export type DebriefRow = NonNullable<Awaited<ReturnType<typeof findDebrief>>>;

/** Completed requests listed after the open ones: the latest, as many as a supervisor reads back through. */
export const COMPLETED_SHOWN = 50;

/**
 * The scheme's debrief requests: every open one (soonest deadline first), then the latest COMPLETED_SHOWN
 * completed; filtered to a worker or supervisor when given. Each part reads its own index (0033), so the
 * cost follows the open requests and the page of completed ones, never the years of requests behind them.
 * Requests made twice for one session or risk before 0016 are listed once: the duplicate stays readable by its id.
 * The status conditions are literals so that the planner can match the partial indexes.
 */
export async function listDebriefs(db: Db, schemeId: string, filter: { workerId?: string; supervisorId?: string }) {
  const scoped = (status: 'requested' | 'completed') => {
    let query = debriefs(db)
      .select(DEBRIEF_COLUMNS)
      .where('d.scheme_id', '=', schemeId)
      .where(sql<boolean>`d.status = ${sql.lit(status)}`)
      .where('d.duplicate_of', 'is', null);
    if (filter.workerId) query = query.where('d.worker_id', '=', filter.workerId);
    if (filter.supervisorId) query = query.where('d.supervisor_id', '=', filter.supervisorId);
    return query;
  };
  const [open, completed] = await Promise.all([
    scoped('requested').orderBy('d.respond_by').orderBy('d.id').execute(),
    scoped('completed').orderBy('d.completed_at', 'desc').orderBy('d.id', 'desc').limit(COMPLETED_SHOWN).execute(),
  ]);
  return [...open, ...completed];
}

export function completeDebriefRow(db: Db, id: string, by: string, notes: string, at: Date) {
  return db
    .updateTable('debrief_requests')
    .set({ status: 'completed', completed_at: at, completed_by: by, notes })
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
}

export function markEscalated(db: Db, id: string, at: Date) {
  return db
    .updateTable('debrief_requests')
    .set({ escalated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .where('escalated_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

export async function saveFeeling(
  db: Db,
  f: { schemeId: string; workerId: string; sessionId: string; feeling: Feeling; at: Date },
): Promise<void> {
  await db
    .insertInto('session_wellbeing')
    .values({
      session_id: f.sessionId,
      scheme_id: f.schemeId,
      worker_id: f.workerId,
      feeling: f.feeling,
      recorded_at: f.at,
    })
    .onConflict((oc) => oc.column('session_id').doUpdateSet({ feeling: f.feeling, recorded_at: f.at }))
    .execute();
}

/** The worker's latest recorded feelings, newest first. */
export function latestFeelings(db: Db, schemeId: string, workerId: string, limit: number) {
  return db
    .selectFrom('session_wellbeing')
    .select(['session_id', 'feeling', 'recorded_at'])
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .orderBy('recorded_at', 'desc')
    .orderBy('session_id', 'desc')
    .limit(limit)
    .execute();
}

/** When the worker last recorded a session that left them fine or only affected (the start of the current difficult run). */
export async function lastEasyFeelingAt(db: Db, schemeId: string, workerId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('session_wellbeing')
    .select((eb) => eb.fn.max('recorded_at').as('at'))
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('feeling', 'in', ['fine', 'affected'])
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** True when a difficult-sessions-in-a-row debrief was already asked for in the current run. */
export async function runAlreadyPrompted(
  db: Db,
  schemeId: string,
  workerId: string,
  since: Date | null,
): Promise<boolean> {
  let query = db
    .selectFrom('debrief_requests')
    .select('id')
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('reason', '=', 'difficult_sessions_in_row');
  if (since) query = query.where('requested_at', '>', since);
  return (await query.executeTakeFirst()) !== undefined;
}
