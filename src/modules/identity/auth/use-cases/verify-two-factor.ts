import type { AppContext } from '../../../../context.ts';
import { signingInActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { open } from '../../../../platform/auth/secret-box.ts';
import { hashToken } from '../../../../platform/auth/tokens.ts';
import { normaliseRecoveryCode, totpStep } from '../../../../platform/auth/totp.ts';
import { AppError } from '../../../../platform/errors.ts';
import * as repo from '../auth.repository.ts';
import type { NextStep } from '../stages.ts';
import { advanceSignIn, type PendingSession } from './advance-sign-in.ts';

/**
 * Checks the authenticator code (or a single-use recovery code) of a session waiting for its
 * second factor. Wrong codes count towards the account lockout like wrong passwords.
 */
export async function verifyTwoFactor(
  ctx: AppContext,
  session: PendingSession,
  code: string,
  requestId: string,
): Promise<NextStep> {
  const user = await repo.findUserById(ctx.db, session.user_id);
  if (!user?.totp_secret)
    throw new AppError(
      'invalid-two-factor-code',
      'Two-factor sign-in is not set up for this account. Ask an administrator.',
    );
  const actor = signingInActor(user.id, session.id, requestId);
  const now = ctx.now();
  if (user.locked_until && user.locked_until > now) {
    throw new AppError(
      'account-locked',
      'This account is locked after too many failed attempts. Try again later, or ask an administrator.',
    );
  }
  const trimmed = code.trim();
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      let method: 'authenticator' | 'recovery-code' | null = null;
      if (/^\d{3}\s?\d{3}$/.test(trimmed)) {
        const step = totpStep(open(ctx.config.secretKey, user.totp_secret!), trimmed);
        if (step !== null && (await repo.claimTotpStep(trx, user.id, step))) method = 'authenticator';
      } else if (await repo.useRecoveryCode(trx, user.id, hashToken(normaliseRecoveryCode(trimmed)), now)) {
        method = 'recovery-code';
      }
      if (!method) return null;
      await recordAudit(trx, actor, {
        action: 'auth.two-factor-verified',
        recordType: 'session',
        recordId: session.id,
        detail: { method },
      });
      return advanceSignIn(ctx, trx, session, requestId, true);
    })
    .then(async (next) => {
      if (next) return next;
      const lockUntil = new Date(now.getTime() + ctx.config.signIn.lockoutMinutes * 60_000);
      const { locked } = await repo.recordFailedSignIn(ctx.db, user.id, ctx.config.signIn.maxFailures, lockUntil);
      await recordAudit(ctx.db, actor, {
        action: locked ? 'auth.account-locked' : 'auth.two-factor-failed',
        recordType: 'session',
        recordId: session.id,
      });
      if (locked) await repo.endSession(ctx.db, session.id, 'locked', now);
      throw new AppError(
        'invalid-two-factor-code',
        'The security code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.',
        {
          errors: [
            {
              field: 'code',
              message: 'The security code is not right',
              fix: 'Enter the 6-digit code from your authenticator app, or a recovery code like abcd-efgh-jkmn.',
            },
          ],
        },
      );
    });
}
