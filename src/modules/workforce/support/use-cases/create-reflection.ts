/** Adding an entry to the author's reflective log. */
import type { AppContext } from '../../../../context.ts';
import type { UserActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { checkReflectionBody } from '../check-reflection-body.ts';
import * as repo from '../reflections.repository.ts';
import type { ReflectionView } from '../support.schemas.ts';
import { presentReflection } from '../present-reflection.ts';

/** Adds an entry; the audit row says that one was written, never what. */
export function createReflection(ctx: AppContext, actor: UserActor, input: { body: string }): Promise<ReflectionView> {
  const body = checkReflectionBody(input.body);
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => {
    const row = await repo.insertReflection(trx, actor.userId, body, ctx.now());
    await recordAudit(trx, actor, { action: 'reflection.create', recordType: 'reflection', recordId: row.id });
    return presentReflection(row);
  });
}
