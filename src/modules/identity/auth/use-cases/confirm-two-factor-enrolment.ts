/** Confirming two-factor enrolment with a code from the new authenticator. */
import type { AppContext } from '../../../../context.ts';
import { signingInActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { open } from '../../../../platform/auth/secret-box.ts';
import { hashToken } from '../../../../platform/auth/tokens.ts';
import { newRecoveryCodes, normaliseRecoveryCode, totpStep } from '../../../../platform/auth/totp.ts';
import { verifyPassword } from '../../../../platform/auth/passwords.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import * as repo from '../auth.repository.ts';
import type { NextStep } from '../stages.ts';
import { advanceSignIn, type PendingSession } from './advance-sign-in.ts';

async function requireCurrentPassword(
  ctx: AppContext,
  user: repo.AuthUser,
  currentPassword: string | undefined,
): Promise<void> {
  if (!currentPassword) {
    throw fail.field(
      'currentPassword',
      'Enter your current password',
      'Type the password you sign in with, to confirm it is you.',
    );
  }
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    const lockUntil = new Date(ctx.now().getTime() + ctx.config.signIn.lockoutMinutes * 60_000);
    await repo.recordFailedSignIn(ctx.db, user.id, ctx.config.signIn.maxFailures, lockUntil);
    throw fail.field('currentPassword', 'The current password is not right', 'Type the password you sign in with.');
  }
}

/**
 * Confirms enrolment with a code from the new secret; returns fresh recovery codes, shown once.
 * Replacing the authenticator of an already signed-in account also needs the current password,
 * so an unattended session cannot be used to take the account over.
 */
export async function confirmTwoFactorEnrolment(
  ctx: AppContext,
  session: PendingSession & { stage: string },
  input: { code: string; currentPassword?: string | undefined },
  requestId: string,
): Promise<{ recoveryCodes: string[]; next: NextStep }> {
  const { code } = input;
  const user = await repo.findUserById(ctx.db, session.user_id);
  if (!user) throw new Error('Session user vanished');
  if (session.stage === 'active') await requireCurrentPassword(ctx, user, input.currentPassword);
  if (!user.totp_pending_secret) {
    throw new AppError('validation-failed', 'There is no enrolment in progress.', {
      errors: [
        {
          field: 'code',
          message: 'No authenticator set-up is in progress',
          fix: 'Start again from "Set up your authenticator" to get a new QR code.',
        },
      ],
    });
  }
  const secret = open(ctx.config.secretKey, user.totp_pending_secret);
  const step = totpStep(secret, code);
  if (step === null) {
    throw new AppError('invalid-two-factor-code', 'The security code is not right.', {
      errors: [
        {
          field: 'code',
          message: 'The security code is not right',
          fix: 'Enter the 6-digit code your authenticator app shows now for Linkwork; check the phone clock is set automatically.',
        },
      ],
    });
  }
  const recoveryCodes = newRecoveryCodes();
  const now = ctx.now();
  const next = await ctx.db.transaction().execute(async (trx) => {
    await repo.enableTotp(
      trx,
      user.id,
      user.totp_pending_secret!,
      recoveryCodes.map((c) => hashToken(normaliseRecoveryCode(c))),
      now,
    );
    await repo.claimTotpStep(trx, user.id, step);
    await recordAudit(trx, signingInActor(user.id, session.id, requestId), {
      action: 'auth.two-factor-enrolled',
      recordType: 'user',
      recordId: user.id,
    });
    if (session.stage === 'active') return 'done' as const;
    return advanceSignIn(ctx, trx, session, requestId, true);
  });
  return { recoveryCodes, next };
}
