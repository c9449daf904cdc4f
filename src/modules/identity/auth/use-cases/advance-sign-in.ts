import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import { signingInActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import * as repo from '../auth.repository.ts';
import { nextStage, stepFor, type NextStep } from '../stages.ts';

export interface PendingSession {
  id: string;
  user_id: string;
}

/**
 * Moves a sign-in on to its next step after one was completed, inside the caller's transaction;
 * when nothing is left the session becomes active and the sign-in is audited.
 */
export async function advanceSignIn(
  ctx: AppContext,
  trx: Transaction<DB>,
  session: PendingSession,
  requestId: string,
  twoFactorVerified: boolean,
): Promise<NextStep> {
  const user = await repo.findUserById(trx, session.user_id);
  if (!user) throw new Error('Session user vanished');
  const stage = nextStage({
    twoFactorEnabled: user.totp_enabled_at !== null,
    twoFactorVerified,
    mustChangePassword: user.must_change_password,
    twoFactorRequired: await repo.twoFactorRequired(trx),
  });
  const now = ctx.now();
  // A finished sign-in gets the full absolute lifetime; until then it had the short pending limit.
  const absoluteExpiresAt =
    stage === 'active' ? new Date(now.getTime() + ctx.config.session.absoluteHours * 3_600_000) : undefined;
  await repo.updateSession(trx, session.id, {
    stage,
    lastSeenAt: now,
    ...(absoluteExpiresAt ? { absoluteExpiresAt } : {}),
  });
  if (stage === 'active') {
    await repo.recordSuccessfulSignIn(trx, user.id, now);
    await recordAudit(trx, signingInActor(user.id, session.id, requestId), {
      action: 'auth.sign-in',
      recordType: 'session',
      recordId: session.id,
    });
  }
  return stepFor(stage);
}
