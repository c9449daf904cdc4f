import type { AppContext } from '../../../context.ts';
import type { AuthUser, MembershipRow } from './auth.repository.ts';
import type { MembershipView } from './auth.schemas.ts';
import { findUserById, listMemberships } from './auth.repository.ts';

export interface SessionView {
  user: { id: string; name: string; email: string; twoFactorEnabled: boolean };
  memberships: MembershipView[];
  activeMembershipId: string | null;
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  /** How long before `idleExpiresAt` the browser warns. */
  warningSeconds: number;
}

/** Presents a membership row for the API. */
export function membershipView(m: MembershipRow): MembershipView {
  return {
    id: m.id,
    role: m.role,
    scheme:
      m.scheme_id && m.scheme_slug && m.scheme_name
        ? { id: m.scheme_id, slug: m.scheme_slug, name: m.scheme_name }
        : null,
    organisation:
      m.organisation_id && m.organisation_name && m.organisation_type
        ? { id: m.organisation_id, name: m.organisation_name, type: m.organisation_type }
        : null,
  };
}

/**
 * When the session ends unless there is activity first: the idle end, or the absolute end when that
 * comes sooner. The browser warns before it and offers to stay signed in.
 */
export function sessionIdleExpiry(ctx: AppContext, session: { last_seen_at: Date; absolute_expires_at: Date }): Date {
  const idle = new Date(session.last_seen_at.getTime() + ctx.config.session.idleSeconds * 1000);
  return idle < session.absolute_expires_at ? idle : session.absolute_expires_at;
}

/** What the browser needs to know about the signed-in person and their session. */
export async function buildSessionView(
  ctx: AppContext,
  session: {
    user_id: string;
    csrf_token: string;
    active_membership_id: string | null;
    last_seen_at: Date;
    absolute_expires_at: Date;
  },
  known?: { user: AuthUser; memberships: MembershipRow[] },
): Promise<SessionView> {
  const user = known?.user ?? (await findUserById(ctx.db, session.user_id));
  if (!user) throw new Error('Session user vanished');
  const memberships = known?.memberships ?? (await listMemberships(ctx.db, [user.id]));
  return {
    user: { id: user.id, name: user.name, email: user.email, twoFactorEnabled: user.totp_enabled_at !== null },
    memberships: memberships.map(membershipView),
    activeMembershipId: session.active_membership_id,
    csrfToken: session.csrf_token,
    idleExpiresAt: sessionIdleExpiry(ctx, session).toISOString(),
    absoluteExpiresAt: session.absolute_expires_at.toISOString(),
    warningSeconds: ctx.config.session.warningSeconds,
  };
}
