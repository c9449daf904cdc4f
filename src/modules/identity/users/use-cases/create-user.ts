import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { hashPassword, oneTimePassword } from '../../../../platform/auth/passwords.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { presentUsers, type AdminUserView } from '../present-user.ts';
import { resolveMembership, type ResolvedMembership } from '../resolve-membership.ts';
import type { CreateUserBody } from '../users.schemas.ts';
import * as repo from '../users.repository.ts';

/**
 * Creates a user with one or more memberships and a one-time password, which they must change
 * at first sign-in. The password is returned once and never stored in clear.
 */
export async function createUser(
  ctx: AppContext,
  actor: Actor,
  input: CreateUserBody,
): Promise<{ user: AdminUserView; oneTimePassword: string }> {
  authorize(actor, 'user.create');
  const errors: FieldError[] = [];
  const name = input.name.trim();
  if (!name)
    errors.push({
      field: 'name',
      message: "Enter the person's full name",
      fix: 'Type their name as it should appear to colleagues.',
    });
  if (await repo.emailTaken(ctx.db, input.email)) {
    errors.push({
      field: 'email',
      message: 'A user with this email address already exists',
      fix: 'Use a different email address, or find the existing user and add a role to them.',
    });
  }
  const resolved: ResolvedMembership[] = [];
  for (const [index, m] of input.memberships.entries()) {
    const result = await resolveMembership(ctx.db, m, `memberships.${index}`);
    if (Array.isArray(result)) errors.push(...result);
    else if (
      resolved.some(
        (r) => r.role === result.role && r.schemeId === result.schemeId && r.organisationId === result.organisationId,
      )
    ) {
      errors.push({
        field: `memberships.${index}`,
        message: 'This role is listed twice',
        fix: 'Remove the repeated role.',
      });
    } else resolved.push(result);
  }
  if (errors.length > 0) throw fail.validation(errors);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password, ctx.config.passwordHashing);
  const user = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertUser(trx, { name, email: input.email, passwordHash });
    for (const m of resolved) {
      const membershipId = await repo.insertMembership(trx, { userId: id, ...m });
      await recordAudit(trx, actor, {
        action: 'membership.create',
        recordType: 'membership',
        recordId: membershipId,
        schemeId: m.schemeId,
        detail: { userId: id, role: m.role },
      });
    }
    await recordAudit(trx, actor, {
      action: 'user.create',
      recordType: 'user',
      recordId: id,
      detail: { roles: resolved.map((m) => m.role) },
    });
    const row = await repo.findUser(trx, id);
    return (await presentUsers(trx, [row!], ctx.now()))[0]!;
  });
  return { user, oneTimePassword: password };
}
