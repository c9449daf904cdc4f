/** Starting two-factor enrolment: a new authenticator secret, pending until confirmed. */
import type { AppContext } from '../../../../context.ts';
import { signingInActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { seal } from '../../../../platform/auth/secret-box.ts';
import { enrolmentMaterial, newTotpSecret } from '../../../../platform/auth/totp.ts';
import * as repo from '../auth.repository.ts';
import type { PendingSession } from './advance-sign-in.ts';

/** Starts (or restarts) enrolment: a new secret is kept pending until a code from it is confirmed. */
export async function startTwoFactorEnrolment(
  ctx: AppContext,
  session: PendingSession,
  requestId: string,
): Promise<{ secret: string; otpauthUrl: string; qrCodeDataUrl: string }> {
  const user = await repo.findUserById(ctx.db, session.user_id);
  if (!user) throw new Error('Session user vanished');
  const secret = newTotpSecret();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setPendingTotpSecret(trx, user.id, seal(ctx.config.secretKey, secret));
    await recordAudit(trx, signingInActor(user.id, session.id, requestId), {
      action: 'auth.two-factor-enrolment-started',
      recordType: 'user',
      recordId: user.id,
    });
  });
  return { secret, ...(await enrolmentMaterial(secret, user.email)) };
}
