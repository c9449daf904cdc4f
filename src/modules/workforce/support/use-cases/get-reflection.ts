/** Reading one of the author's reflective log entries. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../reflections.repository.ts';
import type { ReflectionView } from '../support.schemas.ts';
import { presentReflection } from '../present-reflection.ts';

/** One of the author's entries; anyone else's is not found. */
export function getReflection(ctx: AppContext, actor: UserActor, id: string): Promise<ReflectionView> {
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => {
    const row = await repo.findReflection(trx, id);
    if (!row) throw fail.notFound('That reflection');
    return presentReflection(row);
  });
}
