/** Editing an entry of the author's reflective log. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { checkReflectionBody } from '../check-reflection-body.ts';
import * as repo from '../reflections.repository.ts';
import type { ReflectionView } from '../support.schemas.ts';
import { presentReflection } from '../present-reflection.ts';

/** Edits an entry if it is still at the version the author opened. */
export function updateReflection(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: { version: number; body: string },
): Promise<ReflectionView> {
  const body = checkReflectionBody(input.body);
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => {
    const current = await repo.findReflection(trx, id);
    if (!current) throw fail.notFound('That reflection');
    const row =
      current.version === input.version
        ? await repo.updateReflection(trx, id, input.version, body, ctx.now())
        : undefined;
    if (!row) throw fail.editConflict('reflection', current);
    await recordAudit(trx, actor, { action: 'reflection.update', recordType: 'reflection', recordId: id });
    return presentReflection(row);
  });
}
