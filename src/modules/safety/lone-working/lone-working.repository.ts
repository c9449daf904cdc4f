import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { VisitEventKind, VisitStatus } from '../../../db/tables/lone-working.ts';

type Db = Kysely<DB> | Transaction<DB>;

const VISIT_COLUMNS = [
  'v.id',
  'v.scheme_id',
  'v.worker_id',
  'v.case_id',
  'v.place',
  'v.purpose',
  'v.planned_start',
  'v.expected_end',
  'v.buddy_id',
  'v.worker_phone',
  'v.status',
  'v.checked_in_at',
  'v.checked_out_at',
  'v.alert_level',
  'v.last_alert_at',
  'v.escalation_ended_at',
  'v.acknowledged_at',
  'v.acknowledged_by',
  'v.acknowledgement_note',
  'v.help_requested_at',
  'v.created_at',
  'v.updated_at',
  'v.version',
] as const;

function visits(db: Db) {
  return db
    .selectFrom('lone_working_visits as v')
    .innerJoin('users as w', 'w.id', 'v.worker_id')
    .innerJoin('users as b', 'b.id', 'v.buddy_id')
    .leftJoin('users as a', 'a.id', 'v.acknowledged_by')
    .select(VISIT_COLUMNS)
    .select(['w.name as worker_name', 'b.name as buddy_name', 'a.name as acknowledged_by_name']);
}

/** One visit with its people's names; `forUpdate` locks the row so two overdue checks cannot both alert. */
export function findVisit(db: Db, id: string, forUpdate = false) {
  const query = visits(db).where('v.id', '=', id);
  return (forUpdate ? query.forUpdate('v') : query).executeTakeFirst();
}
export type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

/** The worker's open visits, and their closed ones since `since`, soonest first. */
export function listWorkerVisits(db: Db, schemeId: string, workerId: string, since: Date) {
  return visits(db)
    .where('v.scheme_id', '=', schemeId)
    .where('v.worker_id', '=', workerId)
    .where((eb) => eb.or([eb('v.status', 'in', ['planned', 'checked_in']), eb('v.planned_start', '>=', since)]))
    .orderBy('v.planned_start')
    .orderBy('v.id')
    .limit(200)
    .execute();
}

/** A board position among the visits that need no action: the section's rank, then expected end and id. */
export interface BoardCursor {
  rank: BoardRank;
  at: Date;
  id: string;
}
/** The board's sections after those needing action: 2 under way, 3 planned, 4 finished. */
export type BoardRank = 2 | 3 | 4;

/**
 * The visits that need action now: open and past `overdueBefore` (the expected end plus the grace
 * period), or with an alert nobody has acknowledged while the visit is open or its call for help runs.
 * Two indexed branches (open visits by end; unacknowledged alerts), each stopped at `limit`, so the
 * cost follows how many people are in trouble, never the scheme's history.
 */
export function listBoardUrgent(
  db: Db,
  schemeId: string,
  w: { overdueBefore: Date; buddyId: string | null; limit: number },
) {
  const branch = (kind: 'overdue' | 'alerting') => {
    let query = db.selectFrom('lone_working_visits as v').select(VISIT_COLUMNS).where('v.scheme_id', '=', schemeId);
    if (w.buddyId) query = query.where('v.buddy_id', '=', w.buddyId);
    // Literals, not parameters, where a partial index's predicate must be seen to hold.
    if (kind === 'overdue')
      query = query
        .where(sql<boolean>`v.status IN ('planned', 'checked_in')`)
        .where('v.expected_end', '<=', w.overdueBefore);
    if (kind === 'alerting') {
      query = query
        .where(sql<boolean>`v.alert_level > 0`)
        .where('v.acknowledged_at', 'is', null)
        .where((eb) =>
          eb.or([eb('v.status', 'in', ['planned', 'checked_in']), eb('v.help_requested_at', 'is not', null)]),
        );
    }
    return db.selectFrom(query.orderBy('v.expected_end').orderBy('v.id').limit(w.limit).as('b')).selectAll();
  };
  // UNION (not ALL): an overdue visit that is also alerting appears once.
  return db
    .selectFrom(branch('overdue').union(branch('alerting')).as('v'))
    .innerJoin('users as w', 'w.id', 'v.worker_id')
    .innerJoin('users as b', 'b.id', 'v.buddy_id')
    .leftJoin('users as a', 'a.id', 'v.acknowledged_by')
    .select(VISIT_COLUMNS)
    .select(['w.name as worker_name', 'b.name as buddy_name', 'a.name as acknowledged_by_name'])
    .orderBy('v.expected_end')
    .orderBy('v.id')
    .execute();
}

/**
 * One page of the visits that need no action, in the board's order: under way, then planned (open and
 * not yet overdue, with no unacknowledged alert), then finished (since `since`, or with an alert nobody
 * acknowledged before the worker checked out); each section by expected end, then id. Each section is
 * its own indexed branch, stopped at the page and started after the cursor, so a page costs the same
 * however many visits the scheme has.
 */
export function pageBoardVisits(
  db: Db,
  schemeId: string,
  w: { overdueBefore: Date; since: Date; buddyId: string | null; after: BoardCursor | null; limit: number },
) {
  const base = (rank: BoardRank) => {
    let query = db
      .selectFrom('lone_working_visits as v')
      .select(VISIT_COLUMNS)
      .select(sql<BoardRank>`${sql.lit(rank)}::int`.as('board_rank'))
      .where('v.scheme_id', '=', schemeId);
    if (w.buddyId) query = query.where('v.buddy_id', '=', w.buddyId);
    const after = w.after;
    if (after && after.rank === rank)
      query = query.where((eb) => eb(eb.refTuple('v.expected_end', 'v.id'), '>', eb.tuple(after.at, after.id)));
    return query;
  };
  const open = (rank: 2 | 3) =>
    base(rank)
      .where(rank === 2 ? sql<boolean>`v.status = 'checked_in'` : sql<boolean>`v.status = 'planned'`)
      .where('v.expected_end', '>', w.overdueBefore)
      .where((eb) => eb.or([eb('v.alert_level', '=', 0), eb('v.acknowledged_at', 'is not', null)]));
  // Finished, and not a call for help still waiting for someone (that one needs action).
  const finished = (kind: 'recent' | 'cleared') => {
    let query = base(4)
      .where('v.status', 'in', ['checked_out', 'cancelled'])
      .where((eb) => eb.or([eb('v.help_requested_at', 'is', null), eb('v.acknowledged_at', 'is not', null)]));
    if (kind === 'recent') query = query.where('v.planned_start', '>=', w.since).where('v.expected_end', '>', w.since);
    if (kind === 'cleared') query = query.where(sql<boolean>`v.alert_level > 0`).where('v.acknowledged_at', 'is', null);
    return query;
  };
  const page = (q: ReturnType<typeof base>) =>
    db
      .selectFrom(
        q
          .orderBy('v.expected_end')
          .orderBy('v.id')
          .limit(w.limit + 1)
          .as('b'),
      )
      .selectAll();
  // Sections before the cursor's are left out; UNION (not ALL): a finished visit both recent and cleared appears once.
  const earlier = [
    ...(w.after === null || w.after.rank <= 2 ? [open(2)] : []),
    ...(w.after === null || w.after.rank <= 3 ? [open(3)] : []),
  ];
  const all = [...earlier, finished('cleared')].reduce((acc, q) => acc.union(page(q)), page(finished('recent')));
  return db
    .selectFrom(all.as('v'))
    .innerJoin('users as w', 'w.id', 'v.worker_id')
    .innerJoin('users as b', 'b.id', 'v.buddy_id')
    .leftJoin('users as a', 'a.id', 'v.acknowledged_by')
    .select(VISIT_COLUMNS)
    .select(['v.board_rank', 'w.name as worker_name', 'b.name as buddy_name', 'a.name as acknowledged_by_name'])
    .orderBy('v.board_rank')
    .orderBy('v.expected_end')
    .orderBy('v.id')
    .limit(w.limit + 1)
    .execute();
}

/** A new visit; an unplanned one is checked in as it is created (`checkedInAt`). */
export async function insertVisit(
  db: Db,
  v: {
    schemeId: string;
    workerId: string;
    caseId: string | null;
    place: string;
    purpose: string;
    plannedStart: Date;
    expectedEnd: Date;
    buddyId: string;
    workerPhone: string;
    at: Date;
    checkedInAt?: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('lone_working_visits')
    .values({
      scheme_id: v.schemeId,
      worker_id: v.workerId,
      case_id: v.caseId,
      place: v.place,
      purpose: v.purpose,
      planned_start: v.plannedStart,
      expected_end: v.expectedEnd,
      buddy_id: v.buddyId,
      worker_phone: v.workerPhone,
      created_at: v.at,
      updated_at: v.at,
      ...(v.checkedInAt ? { status: 'checked_in' as const, checked_in_at: v.checkedInAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface VisitChanges {
  status?: VisitStatus;
  checked_in_at?: Date;
  checked_out_at?: Date;
  planned_start?: Date;
  expected_end?: Date;
  alert_level?: number;
  last_alert_at?: Date;
  escalation_ended_at?: Date | null;
  acknowledged_at?: Date | null;
  acknowledged_by?: string | null;
  acknowledgement_note?: string | null;
  help_requested_at?: Date;
}

/** Saves a change if the visit is still at the given version; false when someone else saved first. */
export async function updateVisit(
  db: Db,
  id: string,
  version: number,
  changes: VisitChanges,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('lone_working_visits')
    .set({ ...changes, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertVisitEvent(
  db: Db,
  e: {
    schemeId: string;
    visitId: string;
    kind: VisitEventKind;
    at: Date;
    byUserId: string | null;
    detail?: string;
    alertLevel?: number;
  },
): Promise<void> {
  await db
    .insertInto('lone_working_events')
    .values({
      scheme_id: e.schemeId,
      visit_id: e.visitId,
      kind: e.kind,
      at: e.at,
      by_user_id: e.byUserId,
      detail: e.detail ?? '',
      alert_level: e.alertLevel ?? null,
    })
    .execute();
}

export function listVisitEvents(db: Db, visitId: string) {
  return db
    .selectFrom('lone_working_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.id', 'e.kind', 'e.at', 'e.detail', 'e.alert_level', 'u.name as by_name'])
    .where('e.visit_id', '=', visitId)
    .orderBy('e.at')
    .orderBy('e.seq')
    .execute();
}

export interface LoneWorkingSettings {
  graceMinutes: number;
  escalationMinutes: number;
  /** How long before the planned start a worker may check in. */
  checkInWindowMinutes: number;
}

/** The scheme's lone-working minutes (scheme settings, safety). */
export async function loneWorkingSettings(db: Db, schemeId: string): Promise<LoneWorkingSettings> {
  const row = await db
    .selectFrom('scheme_policies')
    .select(['lone_working_grace_minutes', 'lone_working_escalation_minutes', 'lone_working_checkin_window_minutes'])
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return {
    graceMinutes: row?.lone_working_grace_minutes ?? 15,
    escalationMinutes: row?.lone_working_escalation_minutes ?? 15,
    checkInWindowMinutes: row?.lone_working_checkin_window_minutes ?? 60,
  };
}

/** An active member of the scheme in a role that can buddy (link worker, supervisor, scheme manager), or undefined. */
export function findBuddyCandidate(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name'])
    .where('m.scheme_id', '=', schemeId)
    .where('m.user_id', '=', userId)
    .where('m.role', 'in', ['link_worker', 'supervisor', 'scheme_manager'])
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/** Visits past their expected end, neither checked out nor cancelled, that nobody has acknowledged and whose ladder has not ended. */
export function listOverdueUnacknowledged(db: Db, now: Date) {
  return db
    .selectFrom('lone_working_visits')
    .select(['id', 'expected_end', 'alert_level'])
    .where('status', 'in', ['planned', 'checked_in'])
    .where('expected_end', '<', now)
    .where('acknowledged_at', 'is', null)
    .where('escalation_ended_at', 'is', null)
    .orderBy('expected_end')
    .execute();
}

/**
 * Calls for help nobody has acknowledged whose ladder is still running, whatever the visit's status
 * or expected end (a partial index holds only these, so the cost follows the answer).
 */
export function listHelpUnacknowledged(db: Db) {
  return db
    .selectFrom('lone_working_visits')
    .select(['id', 'expected_end', 'alert_level'])
    .where('help_requested_at', 'is not', null)
    .where('acknowledged_at', 'is', null)
    .where('escalation_ended_at', 'is', null)
    .orderBy('last_alert_at')
    .execute();
}
