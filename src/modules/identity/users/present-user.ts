import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { listMemberships } from '../auth/index.ts';
import { membershipView } from '../auth/index.ts';
import type { MembershipView } from '../auth/index.ts';
import type { UserRow } from './users.repository.ts';

export interface AdminUserView {
  id: string;
  name: string;
  email: string;
  active: boolean;
  twoFactorEnabled: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
  deactivatedReason: string | null;
  memberships: MembershipView[];
}

/** Presents users with their memberships for administrators. */
export async function presentUsers(
  db: Kysely<DB> | Transaction<DB>,
  rows: UserRow[],
  now: Date,
): Promise<AdminUserView[]> {
  const memberships = await listMemberships(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    active: u.active,
    twoFactorEnabled: u.totp_enabled_at !== null,
    lockedUntil: u.locked_until && u.locked_until > now ? u.locked_until.toISOString() : null,
    lastSignInAt: u.last_sign_in_at?.toISOString() ?? null,
    createdAt: u.created_at.toISOString(),
    deactivatedReason: u.deactivated_reason,
    memberships: memberships.filter((m) => m.user_id === u.id).map(membershipView),
  }));
}
