import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { NamePosition } from '../../../platform/http/cursor.ts';
import type { SupervisionKind } from '../../../db/tables/supervision.ts';
import { pageByName } from '../../../platform/db/name-keyset.ts';

type Db = Kysely<DB> | Transaction<DB>;

function supervisionStates(db: Db, schemeId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
    )
    .leftJoin('users as s', 's.id', 'p.supervisor_id')
    .leftJoin('scheme_policies as sp', 'sp.scheme_id', 'm.scheme_id')
    .select([
      'u.id as worker_id',
      'u.name as worker_name',
      'p.supervisor_id',
      's.name as supervisor_name',
      'p.hours_per_week',
      sql<number>`coalesce(p.supervision_cadence_days, sp.supervision_cadence_days, 28)`.as('cadence_days'),
      sql<string>`coalesce(p.started_on, m.created_at::date)::text`.as('since'),
      (eb) =>
        eb
          .selectFrom('supervision_sessions as ss')
          .select(sql<string>`max(ss.held_on)::text`.as('h'))
          .whereRef('ss.worker_id', '=', 'm.user_id')
          .whereRef('ss.scheme_id', '=', 'm.scheme_id')
          .as('last_held_on'),
    ])
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', '=', 'link_worker')
    .where('u.active', '=', true);
}

/**
 * Every link worker of the scheme (or one) with who supervises them, how often, since when and
 * their last session: everything supervision-due needs, in one query.
 */
export function listSupervisionStates(db: Db, schemeId: string, workerId?: string) {
  let query = supervisionStates(db, schemeId);
  if (workerId) query = query.where('m.user_id', '=', workerId);
  return query.orderBy('u.name').execute();
}

/**
 * One page of link workers (all of the scheme's, or one supervisor's supervisees, leaving out `exceptId` when
 * given) ordered by name then id: limit + 1 rows after a position, or before one in reverse order, so the caller
 * knows whether more follow. A supervisor's page reads their profiles by index, a manager's walks names in order.
 */
export function pageSupervisionStates(
  db: Db,
  schemeId: string,
  page: { supervisorId: string | null; exceptId?: string; position: NamePosition; limit: number },
) {
  let query = supervisionStates(db, schemeId);
  if (page.supervisorId) query = query.where('p.supervisor_id', '=', page.supervisorId);
  if (page.exceptId) query = query.where('m.user_id', '<>', page.exceptId);
  return pageByName(query, page.position, page.limit).execute();
}

export type SupervisionStateRow = Awaited<ReturnType<typeof listSupervisionStates>>[number];

export interface NewSupervisionSession {
  schemeId: string;
  workerId: string;
  supervisorId: string;
  heldOn: string;
  kind: SupervisionKind;
  notes: string;
  casesDiscussed: string[];
  at: Date;
}

export async function insertSupervisionSession(db: Db, s: NewSupervisionSession): Promise<string> {
  const row = await db
    .insertInto('supervision_sessions')
    .values({
      scheme_id: s.schemeId,
      worker_id: s.workerId,
      supervisor_id: s.supervisorId,
      held_on: s.heldOn,
      kind: s.kind,
      notes: s.notes,
      cases_discussed: s.casesDiscussed,
      created_at: s.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertSupervisionActions(
  db: Db,
  schemeId: string,
  sessionId: string,
  actions: { description: string; ownerId: string; dueOn: string }[],
): Promise<void> {
  if (actions.length === 0) return;
  await db
    .insertInto('supervision_actions')
    .values(
      actions.map((a) => ({
        scheme_id: schemeId,
        session_id: sessionId,
        description: a.description,
        owner_id: a.ownerId,
        due_on: a.dueOn,
      })),
    )
    .execute();
}

const SESSION_COLUMNS = [
  'ss.id',
  'ss.worker_id',
  'w.name as worker_name',
  'ss.supervisor_id',
  'sv.name as supervisor_name',
  'ss.held_on',
  'ss.kind',
  'ss.notes',
  'ss.cases_discussed',
  'ss.created_at',
] as const;

function sessions(db: Db) {
  return db
    .selectFrom('supervision_sessions as ss')
    .innerJoin('users as w', 'w.id', 'ss.worker_id')
    .innerJoin('users as sv', 'sv.id', 'ss.supervisor_id');
}

export function findSupervisionSession(db: Db, id: string) {
  return sessions(db).select(SESSION_COLUMNS).where('ss.id', '=', id).executeTakeFirst();
}

export type SupervisionSessionRow = NonNullable<Awaited<ReturnType<typeof findSupervisionSession>>>;

export function listWorkerSessions(db: Db, schemeId: string, workerId: string, limit = 50) {
  return sessions(db)
    .select(SESSION_COLUMNS)
    .where('ss.scheme_id', '=', schemeId)
    .where('ss.worker_id', '=', workerId)
    .orderBy('ss.held_on', 'desc')
    .orderBy('ss.created_at', 'desc')
    .limit(limit)
    .execute();
}

const ACTION_COLUMNS = [
  'a.id',
  'a.session_id',
  'a.description',
  'a.owner_id',
  'o.name as owner_name',
  'a.due_on',
  'a.done_at',
] as const;

export function listSessionActions(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('supervision_actions as a')
    .innerJoin('users as o', 'o.id', 'a.owner_id')
    .select(ACTION_COLUMNS)
    .where('a.session_id', 'in', sessionIds)
    .orderBy('a.done_at', (ob) => ob.nullsFirst())
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute();
}

export function findSupervisionAction(db: Db, id: string) {
  return db
    .selectFrom('supervision_actions as a')
    .innerJoin('supervision_sessions as ss', 'ss.id', 'a.session_id')
    .select(['a.id', 'a.session_id', 'a.done_at', 'ss.worker_id', 'ss.supervisor_id'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export function markActionDone(db: Db, id: string, by: string, at: Date) {
  return db
    .updateTable('supervision_actions')
    .set({ done_at: at, done_by: by })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
}

/** Open cases of the worker among the given ids: the only cases a supervision session may name. */
export async function workerCaseIds(db: Db, schemeId: string, workerId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Records that people were told supervision was overdue for this due date; false when they already were. */
export async function claimOverdueNotice(
  db: Db,
  schemeId: string,
  workerId: string,
  dueOn: string,
  at: Date,
): Promise<boolean> {
  const row = await db
    .insertInto('supervision_overdue_notices')
    .values({ scheme_id: schemeId, worker_id: workerId, due_on: dueOn, notified_at: at })
    .onConflict((oc) => oc.columns(['scheme_id', 'worker_id', 'due_on']).doNothing())
    .returning('worker_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Claims the day for a worker's supervision check; false when a check is already queued for that day. */
export async function claimCheckDay(db: Db, schemeId: string, workerId: string, checkOn: string): Promise<boolean> {
  const row = await db
    .insertInto('supervision_checks')
    .values({ scheme_id: schemeId, worker_id: workerId, check_on: checkOn })
    .onConflict((oc) => oc.columns(['scheme_id', 'worker_id', 'check_on']).doNothing())
    .returning('worker_id')
    .executeTakeFirst();
  return row !== undefined;
}
