import type { AppContext } from '../../../../context.ts';
import { signingInActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { hashPassword, passwordProblems, verifyPassword } from '../../../../platform/auth/passwords.ts';
import { AppError } from '../../../../platform/errors.ts';
import * as repo from '../auth.repository.ts';
import type { NextStep } from '../stages.ts';
import { advanceSignIn, type PendingSession } from './advance-sign-in.ts';

/**
 * Replaces the password after checking the current one and the password rules. Used at first
 * sign-in (one-time password) and from the account page; other sessions are ended.
 */
export async function changePassword(
  ctx: AppContext,
  session: PendingSession & { stage: string },
  input: { currentPassword: string; newPassword: string },
  requestId: string,
): Promise<NextStep> {
  const user = await repo.findUserById(ctx.db, session.user_id);
  if (!user) throw new Error('Session user vanished');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    const lockUntil = new Date(ctx.now().getTime() + ctx.config.signIn.lockoutMinutes * 60_000);
    await repo.recordFailedSignIn(ctx.db, user.id, ctx.config.signIn.maxFailures, lockUntil);
    throw new AppError('validation-failed', 'The current password is not right.', {
      errors: [
        {
          field: 'currentPassword',
          message: 'The current password is not right',
          fix: 'Enter the password you signed in with (for a new account, the one-time password you were given).',
        },
      ],
    });
  }
  const problems = passwordProblems(input.newPassword, user, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    problems.push({
      field: 'newPassword',
      message: 'The new password must be different from the current one',
      fix: 'Choose a password you have not used here before.',
    });
  }
  if (problems.length > 0)
    throw new AppError('password-rules', problems.map((p) => p.message).join('; '), { errors: problems });
  const hash = await hashPassword(input.newPassword, ctx.config.passwordHashing);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    await repo.setPassword(trx, user.id, hash, false);
    const othersEnded = await repo.endOtherSessions(trx, user.id, session.id, 'password-changed', now);
    await recordAudit(trx, signingInActor(user.id, session.id, requestId), {
      action: 'auth.password-changed',
      recordType: 'user',
      recordId: user.id,
      detail: { otherSessionsEnded: othersEnded },
    });
    if (session.stage === 'active') return 'done';
    return advanceSignIn(ctx, trx, session, requestId, session.stage !== 'two_factor');
  });
}
