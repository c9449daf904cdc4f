import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, OrganisationType, Role, SessionStage } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'password_hash',
  'must_change_password',
  'totp_secret',
  'totp_pending_secret',
  'totp_enabled_at',
  'totp_last_step',
  'failed_sign_ins',
  'locked_until',
  'active',
] as const;

export type AuthUser = Awaited<ReturnType<typeof findUserByEmail>> & {};

/** Finds a user by email, ignoring case. */
export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export interface MembershipRow {
  id: string;
  role: Role;
  scheme_id: string | null;
  scheme_slug: string | null;
  scheme_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_type: OrganisationType | null;
}

/** A user's memberships with their scheme and organisation names, administrators first. */
export function listMemberships(db: Db, userIds: string[]): Promise<(MembershipRow & { user_id: string })[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships as m')
    .leftJoin('organisations as s', 's.id', 'm.scheme_id')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.user_id',
      'm.role',
      'm.scheme_id',
      's.slug as scheme_slug',
      's.name as scheme_name',
      'm.organisation_id',
      'o.name as organisation_name',
      'o.type as organisation_type',
    ])
    .where('m.user_id', 'in', userIds)
    .orderBy(sql`m.role = 'administrator'`, 'desc')
    .orderBy('s.name')
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}

export async function recordFailedSignIn(
  db: Db,
  userId: string,
  maxFailures: number,
  lockUntil: Date,
): Promise<{ locked: boolean }> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      failed_sign_ins: sql<number>`CASE WHEN ${eb.ref('failed_sign_ins')} + 1 >= ${maxFailures} THEN 0 ELSE ${eb.ref('failed_sign_ins')} + 1 END`,
      locked_until: sql<Date | null>`CASE WHEN ${eb.ref('failed_sign_ins')} + 1 >= ${maxFailures} THEN ${lockUntil} ELSE ${eb.ref('locked_until')} END`,
    }))
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();
  return { locked: row.locked_until !== null && row.locked_until.getTime() === lockUntil.getTime() };
}

export async function recordSuccessfulSignIn(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: at })
    .where('id', '=', userId)
    .execute();
}

export interface NewSession {
  tokenHash: string;
  userId: string;
  stage: SessionStage;
  csrfToken: string;
  activeMembershipId: string | null;
  absoluteExpiresAt: Date;
  now: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Db, s: NewSession): Promise<string> {
  const row = await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      stage: s.stage,
      csrf_token: s.csrfToken,
      active_membership_id: s.activeMembershipId,
      absolute_expires_at: s.absoluteExpiresAt,
      last_seen_at: s.now,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const SESSION_COLUMNS = [
  'id',
  'user_id',
  'stage',
  'csrf_token',
  'active_membership_id',
  'created_at',
  'last_seen_at',
  'absolute_expires_at',
] as const;

export function findOpenSessionByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .select(SESSION_COLUMNS)
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findOpenSessionByTokenHash>>>;

export function findSessionById(db: Db, id: string) {
  return db.selectFrom('sessions').select(SESSION_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Gives a session a new token (its hash), e.g. when sign-in completes. */
export async function replaceSessionToken(db: Db, id: string, tokenHash: string): Promise<void> {
  await db.updateTable('sessions').set({ token_hash: tokenHash }).where('id', '=', id).execute();
}

export async function updateSession(
  db: Db,
  id: string,
  changes: { stage?: SessionStage; lastSeenAt?: Date; activeMembershipId?: string | null; absoluteExpiresAt?: Date },
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({
      ...(changes.stage ? { stage: changes.stage } : {}),
      ...(changes.lastSeenAt ? { last_seen_at: changes.lastSeenAt } : {}),
      ...(changes.absoluteExpiresAt ? { absolute_expires_at: changes.absoluteExpiresAt } : {}),
      ...(changes.activeMembershipId !== undefined ? { active_membership_id: changes.activeMembershipId } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function endSession(db: Db, id: string, reason: string, at: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: at, ended_reason: reason })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every open session of a user but one (after a password change); returns how many were ended. */
export async function endOtherSessions(
  db: Db,
  userId: string,
  keepSessionId: string,
  reason: string,
  at: Date,
): Promise<number> {
  const rows = await db
    .updateTable('sessions')
    .set({ ended_at: at, ended_reason: reason })
    .where('user_id', '=', userId)
    .where('id', '!=', keepSessionId)
    .where('ended_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

export async function clearLockout(db: Db, userId: string): Promise<void> {
  await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', userId).execute();
}

/** Ends every open session of a user; returns how many were ended. */
export async function endAllSessions(db: Db, userId: string, reason: string, at: Date): Promise<number> {
  const rows = await db
    .updateTable('sessions')
    .set({ ended_at: at, ended_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

export async function setPassword(db: Db, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: mustChange, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function setPendingTotpSecret(db: Db, userId: string, sealedSecret: string | null): Promise<void> {
  await db.updateTable('users').set({ totp_pending_secret: sealedSecret }).where('id', '=', userId).execute();
}

/** Makes the pending secret the active one and replaces the recovery codes. */
export async function enableTotp(
  db: Db,
  userId: string,
  sealedSecret: string,
  recoveryCodeHashes: string[],
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: sealedSecret, totp_pending_secret: null, totp_enabled_at: at, updated_at: at })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(recoveryCodeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
}

/**
 * Records an authenticator time step as used, only if it is newer than the last one: true when
 * recorded. One conditional update, so two requests racing with the same code cannot both pass.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .updateTable('users')
    .set({ totp_last_step: String(step) })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
    .returning('id')
    .execute();
  return rows.length === 1;
}

export async function clearTotp(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      updated_at: new Date(),
    })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

/** Marks a recovery code used; true only if it existed and was unused. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length === 1;
}

export async function twoFactorRequired(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'two_factor_required')
    .executeTakeFirst();
  return row?.value !== false;
}
