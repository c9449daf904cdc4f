import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';

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
