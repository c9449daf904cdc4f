/** Listing the author's own reflective log. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import * as repo from '../reflections.repository.ts';
import type { ReflectionView } from '../support.schemas.ts';
import { presentReflection } from '../present-reflection.ts';

/**
 * The private reflective log belongs to its author alone: every query runs as the author, so
 * nobody else, an administrator or a manager included, can list, read or change an entry.
 */
export function listReflections(ctx: AppContext, actor: UserActor): Promise<{ items: ReflectionView[] }> {
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => ({
    items: (await repo.listReflections(trx, actor.userId)).map(presentReflection),
  }));
}
