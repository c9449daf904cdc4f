import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { VisitEventKind, VisitStatus } from '../../db/tables/lone-working.ts';

type Db = Kysely<DB> | Transaction<DB>;

const VISIT_COLUMNS = [
  'v.id', 'v.scheme_id', 'v.worker_id', 'v.case_id', 'v.place', 'v.purpose', 'v.planned_start', 'v.expected_end', 'v.buddy_id', 'v.worker_phone',
  'v.status', 'v.checked_in_at', 'v.checked_out_at', 'v.alert_level', 'v.last_alert_at', 'v.escalation_ended_at', 'v.acknowledged_at',
  'v.acknowledged_by', 'v.acknowledgement_note', 'v.help_requested_at', 'v.created_at', 'v.updated_at', 'v.version',
] as const;

function visits(db: Db) {
  return db.selectFrom('lone_working_visits as v')
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
  return visits(db).where('v.scheme_id', '=', schemeId).where('v.worker_id', '=', workerId)
    .where((eb) => eb.or([eb('v.status', 'in', ['planned', 'checked_in']), eb('v.planned_start', '>=', since)]))
    .orderBy('v.planned_start').orderBy('v.id').limit(200).execute();
}

const BOARD_LIMIT = 500;

/**
 * The board's visits as three separately indexed branches, each soonest end first and stopped at the
 * page: open ones, those that started since `since` (so they also end after it: the index on the end
 * time serves the order), and those with an alert nobody has acknowledged. An OR across the three
 * cannot use any one index and reads every visit the scheme ever had.
 */
function boardBranches(db: Db, schemeId: string, since: Date, buddyId: string | null) {
  const branch = (kind: 'open' | 'recent' | 'alerting') => {
    let query = db.selectFrom('lone_working_visits as v').select(VISIT_COLUMNS).where('v.scheme_id', '=', schemeId);
    if (buddyId) query = query.where('v.buddy_id', '=', buddyId);
    // Literals, not parameters, where a partial index's predicate must be seen to hold.
    if (kind === 'open') query = query.where(sql<boolean>`v.status IN ('planned', 'checked_in')`);
    if (kind === 'recent') query = query.where('v.planned_start', '>=', since).where('v.expected_end', '>', since);
    if (kind === 'alerting') query = query.where(sql<boolean>`v.alert_level > 0`).where('v.acknowledged_at', 'is', null);
    return db.selectFrom(query.orderBy('v.expected_end').orderBy('v.id').limit(BOARD_LIMIT).as('b')).selectAll();
  };
  // UNION (not ALL): a visit in two branches (open and started today) appears once.
  return branch('open').union(branch('recent')).union(branch('alerting'));
}

/**
 * The team board: open visits and visits since `since`, or with an alert nobody has acknowledged;
 * all of the scheme's for monitors, else only those `buddyId` buddies; soonest end first, at most
 * 500. The rows come whole from the branches' indexes (fetching a page of ids again by primary key
 * would let the planner read the whole table while the scheme is small).
 */
export function listBoardVisits(db: Db, schemeId: string, since: Date, buddyId: string | null) {
  return db.selectFrom(boardBranches(db, schemeId, since, buddyId).as('v'))
    .innerJoin('users as w', 'w.id', 'v.worker_id')
    .innerJoin('users as b', 'b.id', 'v.buddy_id')
    .leftJoin('users as a', 'a.id', 'v.acknowledged_by')
    .select(VISIT_COLUMNS)
    .select(['w.name as worker_name', 'b.name as buddy_name', 'a.name as acknowledged_by_name'])
    .orderBy('v.expected_end').orderBy('v.id').limit(BOARD_LIMIT).execute();
}

/** A new visit; an unplanned one is checked in as it is created (`checkedInAt`). */
export async function insertVisit(db: Db, v: { schemeId: string; workerId: string; caseId: string | null; place: string; purpose: string; plannedStart: Date; expectedEnd: Date; buddyId: string; workerPhone: string; at: Date; checkedInAt?: Date }): Promise<string> {
  const row = await db.insertInto('lone_working_visits').values({
    scheme_id: v.schemeId, worker_id: v.workerId, case_id: v.caseId, place: v.place, purpose: v.purpose, planned_start: v.plannedStart,
    expected_end: v.expectedEnd, buddy_id: v.buddyId, worker_phone: v.workerPhone, created_at: v.at, updated_at: v.at,
    ...(v.checkedInAt ? { status: 'checked_in' as const, checked_in_at: v.checkedInAt } : {}),
  }).returning('id').executeTakeFirstOrThrow();
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
export async function updateVisit(db: Db, id: string, version: number, changes: VisitChanges, now: Date): Promise<boolean> {
  const row = await db.updateTable('lone_working_visits').set({ ...changes, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function insertVisitEvent(db: Db, e: { schemeId: string; visitId: string; kind: VisitEventKind; at: Date; byUserId: string | null; detail?: string; alertLevel?: number }): Promise<void> {
  await db.insertInto('lone_working_events').values({
    scheme_id: e.schemeId, visit_id: e.visitId, kind: e.kind, at: e.at, by_user_id: e.byUserId, detail: e.detail ?? '', alert_level: e.alertLevel ?? null,
  }).execute();
}

export function listVisitEvents(db: Db, visitId: string) {
  return db.selectFrom('lone_working_events as e').leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.id', 'e.kind', 'e.at', 'e.detail', 'e.alert_level', 'u.name as by_name'])
    .where('e.visit_id', '=', visitId).orderBy('e.at').orderBy('e.seq').execute();
}

export interface LoneWorkingSettings {
  graceMinutes: number;
  escalationMinutes: number;
  /** How long before the planned start a worker may check in. */
  checkInWindowMinutes: number;
}

/** The scheme's lone-working minutes (scheme settings, safety). */
export async function loneWorkingSettings(db: Db, schemeId: string): Promise<LoneWorkingSettings> {
  const row = await db.selectFrom('scheme_policies').select(['lone_working_grace_minutes', 'lone_working_escalation_minutes', 'lone_working_checkin_window_minutes']).where('scheme_id', '=', schemeId).executeTakeFirst();
  return { graceMinutes: row?.lone_working_grace_minutes ?? 15, escalationMinutes: row?.lone_working_escalation_minutes ?? 15, checkInWindowMinutes: row?.lone_working_checkin_window_minutes ?? 60 };
}

/** An active member of the scheme in a role that can buddy (link worker, supervisor, scheme manager), or undefined. */
export function findBuddyCandidate(db: Db, schemeId: string, userId: string) {
  return db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name']).where('m.scheme_id', '=', schemeId).where('m.user_id', '=', userId)
    .where('m.role', 'in', ['link_worker', 'supervisor', 'scheme_manager']).where('u.active', '=', true).executeTakeFirst();
}

/** Every scheme's id (organisations are not row-level secured), for sweeps that run scheme by scheme. */
export async function listSchemeIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('id').where('type', '=', 'scheme').execute();
  return rows.map((r) => r.id);
}

/** Visits past their expected end, neither checked out nor cancelled, that nobody has acknowledged and whose ladder has not ended. */
export function listOverdueUnacknowledged(db: Db, now: Date) {
  return db.selectFrom('lone_working_visits').select(['id', 'expected_end', 'alert_level'])
    .where('status', 'in', ['planned', 'checked_in']).where('expected_end', '<', now)
    .where('acknowledged_at', 'is', null).where('escalation_ended_at', 'is', null)
    .orderBy('expected_end').execute();
}

/**
 * Calls for help nobody has acknowledged whose ladder is still running, whatever the visit's status
 * or expected end (a partial index holds only these, so the cost follows the answer).
 */
export function listHelpUnacknowledged(db: Db) {
  return db.selectFrom('lone_working_visits').select(['id', 'expected_end', 'alert_level'])
    .where('help_requested_at', 'is not', null).where('acknowledged_at', 'is', null).where('escalation_ended_at', 'is', null)
    .orderBy('last_alert_at').execute();
}
