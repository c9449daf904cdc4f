import type { AppContext } from '../../../../context.ts';
import { signingInActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../../../platform/auth/passwords.ts';
import { hashToken, randomToken } from '../../../../platform/auth/tokens.ts';
import { AppError } from '../../../../platform/errors.ts';
import * as repo from '../auth.repository.ts';
import { nextStage, stepFor, type NextStep } from '../stages.ts';
import { formatLondonTime } from '../../../../platform/format-london.ts';

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export interface SignInResult {
  /** The session cookie value: shown once, stored only as a hash. */
  token: string;
  sessionId: string;
  userId: string;
  next: NextStep;
}

let dummyHash: Promise<string> | undefined;

/** Keeps a failed look-up as slow as a wrong password, so timing does not reveal which emails exist. */
async function spendEqualTime(ctx: AppContext, password: string): Promise<void> {
  dummyHash ??= hashPassword('linkwork-timing-equaliser', ctx.config.passwordHashing);
  await verifyPassword(await dummyHash, password);
}

function invalid(): AppError {
  return new AppError('invalid-credentials', 'The email address or password is not right. Check them and try again.');
}

/**
 * Checks an email and password, applying lockout after repeated failures, and opens a session
 * at the first sign-in step still outstanding (second factor, new password, enrolment, or done).
 */
export async function signIn(ctx: AppContext, input: SignInInput): Promise<SignInResult> {
  const now = ctx.now();
  const user = await repo.findUserByEmail(ctx.db, input.email);
  const system = { kind: 'system', description: 'sign-in', requestId: input.requestId } as const;
  if (!user) {
    await spendEqualTime(ctx, input.password);
    await recordAudit(ctx.db, system, {
      action: 'auth.sign-in-failed',
      recordType: 'user',
      detail: { reason: 'unknown-email' },
    });
    throw invalid();
  }
  const actor = { kind: 'system', description: `sign-in of ${user.id}`, requestId: input.requestId } as const;
  if (user.locked_until && user.locked_until > now) {
    await recordAudit(ctx.db, actor, {
      action: 'auth.sign-in-refused',
      recordType: 'user',
      recordId: user.id,
      detail: { reason: 'locked' },
    });
    const until = formatLondonTime(user.locked_until);
    throw new AppError(
      'account-locked',
      `This account is locked after too many failed attempts. Try again after ${until}, or ask an administrator.`,
      { extra: { lockedUntil: user.locked_until.toISOString() } },
    );
  }
  const passwordOk = await verifyPassword(user.password_hash, input.password);
  if (!passwordOk || !user.active) {
    if (!passwordOk) {
      const lockUntil = new Date(now.getTime() + ctx.config.signIn.lockoutMinutes * 60_000);
      const { locked } = await repo.recordFailedSignIn(ctx.db, user.id, ctx.config.signIn.maxFailures, lockUntil);
      await recordAudit(ctx.db, actor, {
        action: locked ? 'auth.account-locked' : 'auth.sign-in-failed',
        recordType: 'user',
        recordId: user.id,
        detail: { reason: 'wrong-password' },
      });
    } else {
      await recordAudit(ctx.db, actor, {
        action: 'auth.sign-in-refused',
        recordType: 'user',
        recordId: user.id,
        detail: { reason: 'deactivated' },
      });
    }
    throw invalid();
  }
  const memberships = await repo.listMemberships(ctx.db, [user.id]);
  const stage = nextStage({
    twoFactorEnabled: user.totp_enabled_at !== null,
    twoFactorVerified: false,
    mustChangePassword: user.must_change_password,
    twoFactorRequired: await repo.twoFactorRequired(ctx.db),
  });
  const token = randomToken();
  const pendingLimit = now.getTime() + ctx.config.session.pendingMinutes * 60_000;
  const absolute = now.getTime() + ctx.config.session.absoluteHours * 3_600_000;
  const sessionId = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertSession(trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      stage,
      csrfToken: randomToken(24),
      // One role: use it. Several: the person chooses which scheme and role to work in.
      activeMembershipId: memberships.length === 1 ? memberships[0]!.id : null,
      absoluteExpiresAt: new Date(stage === 'active' ? absolute : Math.min(absolute, pendingLimit)),
      now,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    if (stage === 'active') await repo.recordSuccessfulSignIn(trx, user.id, now);
    await recordAudit(trx, signingInActor(user.id, id, input.requestId), {
      action: stage === 'active' ? 'auth.sign-in' : 'auth.password-verified',
      recordType: 'session',
      recordId: id,
    });
    return id;
  });
  return { token, sessionId, userId: user.id, next: stepFor(stage) };
}
