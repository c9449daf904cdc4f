import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, Role } from '../../db/schema.ts';
import type { MissingTraining } from '../../db/tables/training.ts';
import type { NamePosition } from '../../platform/http/cursor.ts';
import { DEFAULT_CATALOGUE, TRAINED_ROLES } from './default-catalogue.ts';
import { pageByName } from '../../platform/db/name-keyset.ts';

type Db = Kysely<DB> | Transaction<DB>;

const COURSE_COLUMNS = [
  'id',
  'scheme_id',
  'code',
  'name',
  'description',
  'renewal_months',
  'required_for_roles',
  'covers_flags',
  'active',
  'position',
  'updated_at',
  'version',
] as const;

/** Puts the default courses into a scheme's catalogue; those already there (even edited) are left alone. */
export async function installDefaultCatalogue(db: Db, schemeId: string): Promise<void> {
  await db
    .insertInto('training_courses')
    .values(
      DEFAULT_CATALOGUE.map((c, i) => ({
        scheme_id: schemeId,
        code: c.code,
        name: c.name,
        description: c.description,
        renewal_months: c.renewalMonths,
        required_for_roles: c.requiredForRoles,
        covers_flags: c.coversFlags,
        position: (i + 1) * 10,
      })),
    )
    .onConflict((oc) => oc.columns(['scheme_id', 'code']).doNothing())
    .execute();
}

export function listCourses(db: Db, schemeId: string) {
  return db
    .selectFrom('training_courses')
    .select(COURSE_COLUMNS)
    .where('scheme_id', '=', schemeId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export type CourseRow = Awaited<ReturnType<typeof listCourses>>[number];

export function findCourse(db: Db, schemeId: string, id: string) {
  return db
    .selectFrom('training_courses')
    .select(COURSE_COLUMNS)
    .where('scheme_id', '=', schemeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface CourseValues {
  name: string;
  description: string;
  renewal_months: number | null;
  required_for_roles: string[];
  covers_flags: string[];
  active: boolean;
}

export async function insertCourse(
  db: Db,
  schemeId: string,
  code: string,
  v: CourseValues,
  now: Date,
): Promise<CourseRow | undefined> {
  const row = await db
    .insertInto('training_courses')
    .values({ scheme_id: schemeId, code, ...v, position: 5000, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['scheme_id', 'code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? findCourse(db, schemeId, row.id) : undefined;
}

export async function updateCourse(
  db: Db,
  schemeId: string,
  id: string,
  version: number,
  v: CourseValues,
  now: Date,
): Promise<CourseRow | undefined> {
  const row = await db
    .updateTable('training_courses')
    .set({ ...v, updated_at: now, version: sql`version + 1` })
    .where('scheme_id', '=', schemeId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row ? findCourse(db, schemeId, row.id) : undefined;
}

const RECORD_COLUMNS = [
  'r.id',
  'r.user_id',
  'r.course_id',
  'r.completed_on',
  'r.expires_on',
  'r.certificate_id',
  'r.notes',
  'r.recorded_by',
  'r.created_at',
] as const;

/** Every training record of one person, newest first, with the certificate's file name. */
export function listRecordsOf(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('training_records as r')
    .leftJoin('training_certificates as c', 'c.id', 'r.certificate_id')
    .select([...RECORD_COLUMNS, 'c.file_name as certificate_name'])
    .where('r.scheme_id', '=', schemeId)
    .where('r.user_id', '=', userId)
    .orderBy('r.completed_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
}

export type RecordRow = Awaited<ReturnType<typeof listRecordsOf>>[number];

/** Every record of every person in the scheme (the matrix), lightest columns only. */
export function listRecordDates(db: Db, schemeId: string, userIds?: readonly string[]) {
  let q = db
    .selectFrom('training_records')
    .select(['user_id', 'course_id', 'completed_on', 'expires_on'])
    .where('scheme_id', '=', schemeId);
  if (userIds) {
    if (userIds.length === 0) return Promise.resolve([]);
    q = q.where('user_id', 'in', userIds);
  }
  return q.execute();
}

export function findRecord(db: Db, id: string) {
  return db
    .selectFrom('training_records as r')
    .innerJoin('training_courses as c', 'c.id', 'r.course_id')
    .select([...RECORD_COLUMNS, 'r.scheme_id', 'c.name as course_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** True when the person has since recorded the course again with a later (or no) expiry. */
export async function hasNewerRecord(
  db: Db,
  record: { id: string; user_id: string; course_id: string; expires_on: string | null },
): Promise<boolean> {
  if (record.expires_on === null) return false;
  const row = await db
    .selectFrom('training_records')
    .select('id')
    .where('user_id', '=', record.user_id)
    .where('course_id', '=', record.course_id)
    .where('id', '<>', record.id)
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>', record.expires_on!)]))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRecord(
  db: Db,
  r: {
    schemeId: string;
    userId: string;
    courseId: string;
    completedOn: string;
    expiresOn: string | null;
    certificateId: string | null;
    notes: string;
    recordedBy: string | null;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_records')
    .values({
      scheme_id: r.schemeId,
      user_id: r.userId,
      course_id: r.courseId,
      completed_on: r.completedOn,
      expires_on: r.expiresOn,
      certificate_id: r.certificateId,
      notes: r.notes,
      recorded_by: r.recordedBy,
      created_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCertificate(
  db: Db,
  c: {
    schemeId: string;
    userId: string;
    fileName: string;
    contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
    content: Buffer;
    sha256: string;
    uploadedBy: string | null;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_certificates')
    .values({
      scheme_id: c.schemeId,
      user_id: c.userId,
      file_name: c.fileName,
      content_type: c.contentType,
      size_bytes: c.content.length,
      sha256: c.sha256,
      content: c.content,
      uploaded_by: c.uploadedBy,
      uploaded_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findCertificate(db: Db, schemeId: string, id: string) {
  return db
    .selectFrom('training_certificates')
    .select(['id', 'user_id', 'file_name', 'content_type', 'size_bytes', 'content'])
    .where('scheme_id', '=', schemeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

function trainedPeople(db: Db, schemeId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
    )
    .select(['u.id', 'u.name', 'p.started_on as startedOn', sql<Role[]>`array_agg(m.role ORDER BY m.role)`.as('roles')])
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', 'in', [...TRAINED_ROLES])
    .where('u.active', '=', true)
    .groupBy(['u.id', 'u.name', 'p.started_on']);
}

/** The scheme's staff who hold training (link workers, supervisors, managers), with their roles and start date; or just one of them. */
export function listTrainedPeople(db: Db, schemeId: string, userId?: string) {
  let query = trainedPeople(db, schemeId);
  if (userId) query = query.where('m.user_id', '=', userId);
  return query.orderBy('u.name').orderBy('u.id').execute();
}

/**
 * One page of the scheme's trained staff by name then id: limit + 1 rows after a position, or before one
 * in reverse order. Walks users_name_idx and keeps those with a trained role here (one membership probe
 * each), so a page reads about limit + 1 people, not every member of the scheme grouped and sorted.
 */
export function pageTrainedPeople(db: Db, schemeId: string, position: NamePosition, limit: number) {
  const trainedHere = (eb: ExpressionBuilder<DB & { u: DB['users'] }, 'u'>) =>
    eb
      .selectFrom('memberships as m')
      .whereRef('m.user_id', '=', 'u.id')
      .where('m.scheme_id', '=', schemeId)
      .where('m.role', 'in', [...TRAINED_ROLES]);
  let query = db
    .selectFrom('users as u')
    .select((eb) => [
      'u.id',
      'u.name',
      eb
        .selectFrom('worker_profiles as p')
        .select('p.started_on')
        .whereRef('p.user_id', '=', 'u.id')
        .where('p.scheme_id', '=', schemeId)
        .as('startedOn'),
      sql<Role[]>`array(${trainedHere(eb).select('m.role').orderBy('m.role')})`.as('roles'),
    ])
    .where('u.active', '=', true)
    .where((eb) => eb.exists(trainedHere(eb).select(sql<number>`1`.as('one'))));
  return pageByName(query, position, limit).execute();
}

export type TrainedPerson = Awaited<ReturnType<typeof listTrainedPeople>>[number];

export function listInduction(db: Db, schemeId: string, userId: string) {
  return db
    .selectFrom('induction_progress')
    .select(['item', 'done_on', 'confirmed_by'])
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', userId)
    .execute();
}

export async function setInductionItem(
  db: Db,
  p: { schemeId: string; userId: string; item: string; done: boolean; on: string; by: string | null },
): Promise<boolean> {
  if (!p.done) {
    const result = await db
      .deleteFrom('induction_progress')
      .where('scheme_id', '=', p.schemeId)
      .where('user_id', '=', p.userId)
      .where('item', '=', p.item)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
  const row = await db
    .insertInto('induction_progress')
    .values({ scheme_id: p.schemeId, user_id: p.userId, item: p.item, done_on: p.on, confirmed_by: p.by })
    .onConflict((oc) => oc.columns(['scheme_id', 'user_id', 'item']).doNothing())
    .returning('item')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertOverride(
  db: Db,
  o: {
    schemeId: string;
    referralId: string;
    caseId: string;
    workerId: string;
    flags: string[];
    missing: MissingTraining[];
    reason: string;
    byUserId: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('allocation_overrides')
    .values({
      scheme_id: o.schemeId,
      referral_id: o.referralId,
      case_id: o.caseId,
      worker_id: o.workerId,
      flags: o.flags,
      missing: JSON.stringify(o.missing),
      reason: o.reason,
      by_user_id: o.byUserId,
      at: o.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listOverridesOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('allocation_overrides as o')
    .innerJoin('users as b', 'b.id', 'o.by_user_id')
    .innerJoin('users as w', 'w.id', 'o.worker_id')
    .select(['o.id', 'o.at', 'o.reason', 'o.flags', 'o.missing', 'b.name as by_name', 'w.name as worker_name'])
    .where('o.case_id', '=', caseId)
    .orderBy('o.at')
    .execute();
}

/** Sets a referral's complexity flags if it is still at the version the person saw. */
export async function updateComplexityFlags(
  db: Db,
  referralId: string,
  version: number,
  flags: string[],
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('referrals')
    .set({ complexity_flags: flags, updated_at: now, version: sql`version + 1` })
    .where('id', '=', referralId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The case, its worker and its referral's complexity flags. */
export function findCaseFlags(db: Db, caseId: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('referrals as r', 'r.id', 'c.referral_id')
    .select(['c.id', 'c.scheme_id', 'c.worker_id', 'r.complexity_flags'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

/** True when a reminder of this kind has already gone out for the record. */
export async function reminderSent(db: Db, recordId: string, kind: string): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select('id')
    .where('source_type', '=', 'training_record')
    .where('source_id', '=', recordId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row !== undefined;
}

export function findUserName(db: Db, userId: string) {
  return db.selectFrom('users').select(['name', 'active']).where('id', '=', userId).executeTakeFirst();
}

/** The induction items done by the people named (a page of the matrix). */
export function listInductionOf(db: Db, schemeId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('induction_progress')
    .select(['user_id', 'item'])
    .where('scheme_id', '=', schemeId)
    .where('user_id', 'in', [...userIds])
    .execute();
}
