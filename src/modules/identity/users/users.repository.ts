import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, Role } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const ADMIN_USER_COLUMNS = [
  'id',
  'name',
  'email',
  'active',
  'totp_enabled_at',
  'locked_until',
  'last_sign_in_at',
  'created_at',
  'deactivated_reason',
] as const;

export function findUser(db: Db, id: string) {
  return db.selectFrom('users').select(ADMIN_USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

/** Users whose name or email contains the text, newest first, one page at a time. */
export async function searchUsers(
  db: Db,
  q: string,
  limit: number,
  offset: number,
): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('users');
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
    query = query.where((eb) => eb.or([eb(sql`lower(name)`, 'like', like), eb(sql`lower(email)`, 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    query.select(ADMIN_USER_COLUMNS).orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function emailTaken(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** Adds a user; by default they must change the password at first sign-in (it was a one-time password). */
export async function insertUser(
  db: Db,
  user: { name: string; email: string; passwordHash: string; mustChangePassword?: boolean },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      name: user.name,
      email: user.email.trim(),
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMembership(
  db: Db,
  m: { userId: string; role: Role; schemeId: string | null; organisationId: string | null },
): Promise<string> {
  const row = await db
    .insertInto('memberships')
    .values({ user_id: m.userId, role: m.role, scheme_id: m.schemeId, organisation_id: m.organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function membershipExists(
  db: Db,
  m: { userId: string; role: Role; schemeId: string | null; organisationId: string | null },
) {
  return db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', m.userId)
    .where('role', '=', m.role)
    .where((eb) => (m.schemeId ? eb('scheme_id', '=', m.schemeId) : eb('scheme_id', 'is', null)))
    .where((eb) =>
      m.organisationId ? eb('organisation_id', '=', m.organisationId) : eb('organisation_id', 'is', null),
    )
    .executeTakeFirst();
}

export async function deleteMembership(db: Db, userId: string, membershipId: string) {
  return db
    .deleteFrom('memberships')
    .where('id', '=', membershipId)
    .where('user_id', '=', userId)
    .returning(['id', 'role', 'scheme_id'])
    .executeTakeFirst();
}

export async function setActive(db: Db, id: string, active: boolean, reason: string | null, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({
      active,
      deactivated_at: active ? null : at,
      deactivated_reason: active ? null : reason,
      failed_sign_ins: 0,
      locked_until: null,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export function countActiveAdministrators(db: Db) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('m.role', '=', 'administrator')
    .where('u.active', '=', true)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** The active schemes a commissioner is granted (one commissioner membership each), by name. */
export function listCommissionedSchemes(db: Db, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.scheme_id')
    .select(['o.id', 'o.slug', 'o.name'])
    .where('m.user_id', '=', userId)
    .where('m.role', '=', 'commissioner')
    .where('o.active', '=', true)
    .orderBy('o.name')
    .execute();
}
