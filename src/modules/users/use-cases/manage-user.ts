import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import { hashPassword, oneTimePassword } from '../../../platform/auth/passwords.ts';
import { clearLockout, clearTotp, endAllSessions, setPassword } from '../../auth/index.ts';
import { presentUsers, type AdminUserView } from '../present-user.ts';
import * as repo from '../users.repository.ts';

async function existing(ctx: AppContext, id: string) {
  const user = await repo.findUser(ctx.db, id);
  if (!user) throw fail.notFound('That user');
  return user;
}

async function view(ctx: AppContext, id: string): Promise<AdminUserView> {
  return (await presentUsers(ctx.db, [(await repo.findUser(ctx.db, id))!], ctx.now()))[0]!;
}

/** Reads one user's record for an administrator; the read itself is audited. */
export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<AdminUserView> {
  authorize(actor, 'user.read');
  await existing(ctx, id);
  await recordAudit(ctx.db, actor, { action: 'user.read', recordType: 'user', recordId: id });
  return view(ctx, id);
}

/** Stops a user signing in and ends their sessions; the last active administrator cannot be deactivated. */
export async function deactivateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<AdminUserView> {
  authorize(actor, 'user.update');
  const user = await existing(ctx, id);
  if (!user.active) throw new AppError('conflict', 'This user is already deactivated.');
  if (actor.kind === 'user' && actor.userId === id)
    throw new AppError('conflict', 'You cannot deactivate your own account. Ask another administrator.');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setActive(trx, id, false, reason.trim(), ctx.now());
    const ended = await endAllSessions(trx, id, 'deactivated', ctx.now());
    if ((await repo.countActiveAdministrators(trx)) === 0) {
      throw new AppError(
        'conflict',
        'This is the last active administrator. Make someone else an administrator first.',
      );
    }
    await recordAudit(trx, actor, {
      action: 'user.deactivate',
      recordType: 'user',
      recordId: id,
      reason: reason.trim(),
      detail: { sessionsEnded: ended },
    });
  });
  return view(ctx, id);
}

/** Lets a deactivated user sign in again (also clears any lockout). */
export async function reactivateUser(ctx: AppContext, actor: Actor, id: string): Promise<AdminUserView> {
  authorize(actor, 'user.update');
  const user = await existing(ctx, id);
  if (user.active) throw new AppError('conflict', 'This user is already active.');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setActive(trx, id, true, null, ctx.now());
    await recordAudit(trx, actor, { action: 'user.reactivate', recordType: 'user', recordId: id });
  });
  return view(ctx, id);
}

/** Removes a user's authenticator (lost phone); they enrol again at next sign-in. Their sessions end. */
export async function resetTwoFactor(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<AdminUserView> {
  authorize(actor, 'user.update');
  await existing(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await clearTotp(trx, id);
    const ended = await endAllSessions(trx, id, 'two-factor-reset', ctx.now());
    await recordAudit(trx, actor, {
      action: 'user.reset-two-factor',
      recordType: 'user',
      recordId: id,
      reason: reason.trim(),
      detail: { sessionsEnded: ended },
    });
  });
  return view(ctx, id);
}

/**
 * Gives a user a new one-time password (forgotten password, or the first one was lost): shown
 * once to the administrator, must be changed at next sign-in; their sessions end and any lockout clears.
 */
export async function resetPassword(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<{ user: AdminUserView; oneTimePassword: string }> {
  authorize(actor, 'user.update');
  await existing(ctx, id);
  const password = oneTimePassword();
  const hash = await hashPassword(password, ctx.config.passwordHashing);
  await ctx.db.transaction().execute(async (trx) => {
    await setPassword(trx, id, hash, true);
    await clearLockout(trx, id);
    const ended = await endAllSessions(trx, id, 'password-reset', ctx.now());
    await recordAudit(trx, actor, {
      action: 'user.reset-password',
      recordType: 'user',
      recordId: id,
      reason: reason.trim(),
      detail: { sessionsEnded: ended },
    });
  });
  return { user: await view(ctx, id), oneTimePassword: password };
}
