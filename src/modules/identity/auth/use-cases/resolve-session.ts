import type { AppContext } from '../../../../context.ts';
import { signingInActor, type UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { hashToken } from '../../../../platform/auth/tokens.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import * as repo from '../auth.repository.ts';

export interface ResolvedSession {
  session: repo.SessionRow;
  /** Present only once every sign-in step is complete. */
  actor: UserActor | null;
  user: repo.AuthUser;
  memberships: repo.MembershipRow[];
}

/**
 * Only touch last_seen_at this often, so every request is not a write; a tenth of a short idle
 * timeout, so the idle end the browser is told stays close to the truth.
 */
function touchIntervalMs(ctx: AppContext): number {
  return Math.min(30_000, ctx.config.session.idleSeconds * 100);
}

/**
 * Turns a session cookie into the acting person and their active membership, enforcing the idle
 * and absolute timeouts and the account still being active. A request the browser made on its own
 * (`activity: false`, e.g. a timer refreshing a count) does not keep an unattended session alive.
 */
export async function resolveSession(
  ctx: AppContext,
  token: string,
  requestId: string,
  options: { activity: boolean } = { activity: true },
): Promise<ResolvedSession> {
  const session = await repo.findOpenSessionByTokenHash(ctx.db, hashToken(token));
  if (!session) throw fail.unauthenticated('Your session has ended. Sign in again.');
  const now = ctx.now();
  const idleLimit = session.last_seen_at.getTime() + ctx.config.session.idleSeconds * 1000;
  const reason =
    now > session.absolute_expires_at ? 'absolute-timeout' : now.getTime() > idleLimit ? 'idle-timeout' : null;
  if (reason) {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.endSession(trx, session.id, reason, now);
      await recordAudit(trx, signingInActor(session.user_id, session.id, requestId), {
        action: 'auth.session-expired',
        recordType: 'session',
        recordId: session.id,
        detail: { reason },
      });
    });
    throw new AppError(
      'session-expired',
      reason === 'idle-timeout'
        ? 'You were signed out because you had not done anything for a while. Sign in again.'
        : 'You were signed out because your session reached its time limit. Sign in again.',
    );
  }
  const user = await repo.findUserById(ctx.db, session.user_id);
  if (!user?.active) {
    await repo.endSession(ctx.db, session.id, 'deactivated', now);
    throw fail.unauthenticated('This account is no longer active.');
  }
  if (options.activity && now.getTime() - session.last_seen_at.getTime() > touchIntervalMs(ctx)) {
    await repo.updateSession(ctx.db, session.id, { lastSeenAt: now });
    session.last_seen_at = now;
  }
  if (session.stage !== 'active') return { session, actor: null, user, memberships: [] };
  const memberships = await repo.listMemberships(ctx.db, [user.id]);
  const active = memberships.find((m) => m.id === session.active_membership_id) ?? null;
  return {
    session,
    user,
    memberships,
    actor: {
      kind: 'user',
      userId: user.id,
      name: user.name,
      email: user.email,
      sessionId: session.id,
      role: active?.role ?? null,
      membershipId: active?.id ?? null,
      schemeId: active?.scheme_id ?? null,
      schemeSlug: active?.scheme_slug ?? null,
      organisationId: active?.organisation_id ?? null,
      requestId,
    },
  };
}
