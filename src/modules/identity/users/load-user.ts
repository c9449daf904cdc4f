/**
 * Reading one user for an administrator's change: the record to act on (404 if there is none) and the
 * user as the administrator sees it afterwards.
 */
import type { AppContext } from '../../../context.ts';
import { fail } from '../../../platform/errors.ts';
import { presentUsers, type AdminUserView } from './present-user.ts';
import * as repo from './users.repository.ts';

/** The user to act on; an unknown id is a 404. */
export async function findUserOrFail(ctx: AppContext, id: string) {
  const user = await repo.findUser(ctx.db, id);
  if (!user) throw fail.notFound('That user');
  return user;
}

/** The user as an administrator sees them, read afresh after a change. */
export async function loadAdminUserView(ctx: AppContext, id: string): Promise<AdminUserView> {
  return (await presentUsers(ctx.db, [(await repo.findUser(ctx.db, id))!], ctx.now()))[0]!;
}
