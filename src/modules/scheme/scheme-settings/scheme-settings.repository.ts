import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, ExclusionOutcome } from '../../../db/schema.ts';
import type { NamePosition } from '../../../platform/http/cursor.ts';
import { pageByName } from '../../../platform/db/name-keyset.ts';

type Db = Kysely<DB> | Transaction<DB>;

const POLICY_COLUMNS = [
  'scheme_id',
  'min_age',
  'max_age',
  'practices_served',
  'needs_in_scope',
  'self_referral_open',
  'annual_people_per_fte',
  'full_time_hours',
  'contact_attempts',
  'contact_window_days',
  'letter_wait_days',
  'intervention_weeks',
  'intervention_sessions',
  'practice_quiet_weeks',
  'updated_at',
  'version',
] as const;

/** The scheme's policy row, created with the defaults the first time anyone asks. */
export async function loadPolicy(db: Db, schemeId: string) {
  const existing = await db
    .selectFrom('scheme_policies')
    .select(POLICY_COLUMNS)
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  if (existing) return existing;
  await db
    .insertInto('scheme_policies')
    .values({ scheme_id: schemeId, full_time_hours: 37.5 })
    .onConflict((oc) => oc.column('scheme_id').doNothing())
    .execute();
  return db
    .selectFrom('scheme_policies')
    .select(POLICY_COLUMNS)
    .where('scheme_id', '=', schemeId)
    .executeTakeFirstOrThrow();
}

export type PolicyRow = Awaited<ReturnType<typeof loadPolicy>>;

export interface PolicyChanges {
  min_age: number;
  max_age: number | null;
  practices_served: string[];
  needs_in_scope: string[];
  self_referral_open: boolean;
  annual_people_per_fte: number;
  full_time_hours: number;
  contact_attempts: number;
  contact_window_days: number;
  letter_wait_days: number;
  intervention_weeks: number;
  intervention_sessions: number;
  practice_quiet_weeks: number;
}

/** Saves the policy if it is still at the version the manager saw; undefined otherwise. */
export function updatePolicy(db: Db, schemeId: string, version: number, changes: PolicyChanges, now: Date) {
  return db
    .updateTable('scheme_policies')
    .set({ ...changes, updated_at: now, version: sql`version + 1` })
    .where('scheme_id', '=', schemeId)
    .where('version', '=', version)
    .returning(POLICY_COLUMNS)
    .executeTakeFirst();
}

export function listExclusions(db: Db, schemeId: string) {
  return db
    .selectFrom('scheme_exclusions')
    .select(['id', 'circumstance', 'outcome', 'alternative', 'crisis', 'position'])
    .where('scheme_id', '=', schemeId)
    .orderBy('position')
    .orderBy('circumstance')
    .execute();
}

export async function replaceExclusions(
  db: Db,
  schemeId: string,
  exclusions: readonly { circumstance: string; outcome: ExclusionOutcome; alternative: string; crisis: boolean }[],
): Promise<void> {
  await db.deleteFrom('scheme_exclusions').where('scheme_id', '=', schemeId).execute();
  if (exclusions.length === 0) return;
  await db
    .insertInto('scheme_exclusions')
    .values(exclusions.map((e, position) => ({ scheme_id: schemeId, ...e, position })))
    .execute();
}

export function listWorkerProfiles(db: Db, schemeId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
    )
    .select(['u.id as user_id', 'u.name', 'p.hours_per_week', 'p.languages', 'p.accepting_cases'])
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', '=', 'link_worker')
    .where('u.active', '=', true)
    .orderBy('u.name')
    .execute();
}

/** The scheme's active link workers with their profile and supervision fields; one, or those whose name holds `nameHas`. */
function workerProfiles(db: Db, schemeId: string, filter: { userId?: string; nameHas?: string }) {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
    )
    .leftJoin('users as su', 'su.id', 'p.supervisor_id')
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', '=', 'link_worker')
    .where('u.active', '=', true);
  if (filter.userId) query = query.where('m.user_id', '=', filter.userId);
  if (filter.nameHas) query = query.where(sql<boolean>`strpos(lower(u.name), ${filter.nameHas.toLowerCase()}) > 0`);
  return query;
}

const WORKER_PROFILE_COLUMNS = [
  'u.id as user_id',
  'u.name',
  'p.hours_per_week',
  'p.languages',
  'p.accepting_cases',
  'p.supervisor_id',
  'p.supervision_cadence_days',
  'p.started_on',
  'su.name as supervisor_name',
  'su.active as supervisor_active',
] as const;

/** The worker's columns, with their named supervisor's support role here (null when they no longer hold one). */
const workerProfileColumns = (schemeId: string) =>
  [...WORKER_PROFILE_COLUMNS, supportRoleOf(schemeId, 'p.supervisor_id').as('supervisor_role')] as const;

/**
 * One page of the scheme's active link workers by name then id: limit + 1 rows after a position, or before
 * one in reverse order, so the settings page reads a page of workers, never the whole team.
 */
export function pageWorkerProfiles(
  db: Db,
  schemeId: string,
  page: { position: NamePosition; limit: number; nameHas?: string },
) {
  const query = workerProfiles(db, schemeId, { nameHas: page.nameHas }).select(workerProfileColumns(schemeId));
  return pageByName(query, page.position, page.limit).execute();
}

export type WorkerProfileRow = Awaited<ReturnType<typeof pageWorkerProfiles>>[number];

/** How many active link workers the scheme has (whose name holds `nameHas`, if given): the total beside a page. */
export async function countWorkerProfiles(db: Db, schemeId: string, nameHas?: string): Promise<number> {
  const row = await workerProfiles(db, schemeId, { nameHas })
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One active link worker of the scheme with their profile, or undefined when they are not one. */
export function findActiveWorkerProfile(
  db: Db,
  schemeId: string,
  userId: string,
): Promise<WorkerProfileRow | undefined> {
  return workerProfiles(db, schemeId, { userId }).select(workerProfileColumns(schemeId)).executeTakeFirst();
}

export function upsertWorkerProfile(
  db: Db,
  schemeId: string,
  userId: string,
  p: { hoursPerWeek: number; languages: string[]; acceptingCases: boolean },
  now: Date,
) {
  return db
    .insertInto('worker_profiles')
    .values({
      scheme_id: schemeId,
      user_id: userId,
      hours_per_week: p.hoursPerWeek,
      languages: p.languages,
      accepting_cases: p.acceptingCases,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['scheme_id', 'user_id']).doUpdateSet({
        hours_per_week: p.hoursPerWeek,
        languages: p.languages,
        accepting_cases: p.acceptingCases,
        updated_at: now,
      }),
    )
    .execute();
}

/** True when the user is (or was) a link worker of the scheme, active or not, so their caseload can still be read. */
export async function isSchemeWorker(db: Db, schemeId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .where('role', '=', 'link_worker')
    .executeTakeFirst();
  return row !== undefined;
}

export function findWorkerProfile(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('worker_profiles')
    .select(['hours_per_week', 'languages', 'accepting_cases'])
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

const SAFETY_COLUMNS = [
  'added_risk_phrases',
  'crisis_contacts',
  'safeguarding_lead_id',
  'supervision_cadence_days',
  'difficult_sessions_in_row',
  'debrief_response_working_days',
  'lone_working_grace_minutes',
  'lone_working_escalation_minutes',
  'lone_working_checkin_window_minutes',
  'onward_reminder_working_days',
  'onward_auto_decline_days',
] as const;

/** The scheme's safety settings (the policy row must exist: call loadPolicy first). */
export function loadSafety(db: Db, schemeId: string) {
  return db
    .selectFrom('scheme_policies')
    .select(SAFETY_COLUMNS)
    .where('scheme_id', '=', schemeId)
    .executeTakeFirstOrThrow();
}

export type SafetyRow = Awaited<ReturnType<typeof loadSafety>>;

export interface SafetyChanges {
  added_risk_phrases: string[];
  crisis_contacts: string;
  safeguarding_lead_id: string | null;
  supervision_cadence_days: number;
  difficult_sessions_in_row: number;
  debrief_response_working_days: number;
  lone_working_grace_minutes: number;
  lone_working_escalation_minutes: number;
  lone_working_checkin_window_minutes?: number;
  onward_reminder_working_days?: number;
  onward_auto_decline_days?: number;
}

/** Saves the safety settings if the policy row is still at the version the manager saw; undefined otherwise. */
export function updateSafety(db: Db, schemeId: string, version: number, changes: SafetyChanges, now: Date) {
  return db
    .updateTable('scheme_policies')
    .set({ ...changes, updated_at: now, version: sql`version + 1` })
    .where('scheme_id', '=', schemeId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

/** The roles whose holders may be safeguarding lead or a named supervisor. */
const SUPPORT_ROLES = ['scheme_manager', 'supervisor'] as const;
export type SupportRole = (typeof SUPPORT_ROLES)[number];

/** A LIKE pattern for text containing `text`, with its own %, _ and \\ matching themselves. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The support role in the scheme (scheme_manager when both) of the user in `column`, or null when they hold neither. */
function supportRoleOf(schemeId: string, column: string) {
  return sql<SupportRole | null>`(SELECT min(sm.role) FROM memberships sm WHERE sm.scheme_id = ${schemeId}
    AND sm.user_id = ${sql.ref(column)} AND sm.role IN ('scheme_manager', 'supervisor'))`;
}

/**
 * One page of the scheme's active managers and supervisors by name then id (whose name contains `nameHas`,
 * if given): limit + 1 rows after a position. Walks users_name_idx and keeps those with a support role here
 * (one probe of memberships_scheme_role_idx each), so a page reads about a page of people, not the whole team.
 */
export function pageSupportStaff(
  db: Db,
  schemeId: string,
  page: { position: NamePosition; limit: number; nameHas?: string },
) {
  let query = db
    .selectFrom('users as u')
    .select(['u.id as user_id', 'u.name', supportRoleOf(schemeId, 'u.id').as('role')])
    .where('u.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships as m')
          .select(sql<number>`1`.as('one'))
          .whereRef('m.user_id', '=', 'u.id')
          .where('m.scheme_id', '=', schemeId)
          .where('m.role', 'in', [...SUPPORT_ROLES]),
      ),
    );
  if (page.nameHas) query = query.where(sql<boolean>`lower(u.name) like ${containing(page.nameHas.toLowerCase())}`);
  return pageByName(query, page.position, page.limit).execute();
}

/** True when the user is an active manager or supervisor of the scheme: who may be safeguarding lead or a named supervisor. */
export async function isSupportStaff(db: Db, schemeId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.id')
    .where('m.scheme_id', '=', schemeId)
    .where('m.user_id', '=', userId)
    .where('m.role', 'in', [...SUPPORT_ROLES])
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** A chosen lead or supervisor by name, with their support role here while they are still active and hold one. */
export async function findStaffChoice(db: Db, schemeId: string, userId: string | null) {
  if (!userId) return null;
  const row = await db
    .selectFrom('users as u')
    .select(['u.id as user_id', 'u.name', 'u.active', supportRoleOf(schemeId, 'u.id').as('role')])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return { user_id: row.user_id, name: row.name, role: row.active ? row.role : null };
}

/** Sets who supervises a worker, how often and since when (the profile row must exist). */
export function updateWorkerSupervision(
  db: Db,
  schemeId: string,
  userId: string,
  s: { supervisorId: string | null; supervisionCadenceDays: number | null; startedOn: string | null },
  now: Date,
) {
  return db
    .updateTable('worker_profiles')
    .set({
      supervisor_id: s.supervisorId,
      supervision_cadence_days: s.supervisionCadenceDays,
      started_on: s.startedOn,
      updated_at: now,
    })
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .execute();
}
