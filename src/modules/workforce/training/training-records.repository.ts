import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

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
