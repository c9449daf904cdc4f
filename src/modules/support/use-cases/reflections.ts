import type { AppContext } from '../../../context.ts';
import type { UserActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fail } from '../../../platform/errors.ts';
import * as repo from '../reflections.repository.ts';
import type { ReflectionView } from '../support.schemas.ts';

type Row = Awaited<ReturnType<typeof repo.insertReflection>>;

const present = (r: Row): ReflectionView => ({
  id: r.id,
  body: r.body,
  writtenAt: r.written_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

function checkBody(body: string): string {
  const text = body.trim();
  if (!text)
    throw fail.field('body', 'The reflection is empty.', 'Write your reflection, or leave the page without saving.');
  return text;
}

/**
 * The private reflective log belongs to its author alone: every query runs as the author, so
 * nobody else, an administrator or a manager included, can list, read or change an entry.
 */
export function listReflections(ctx: AppContext, actor: UserActor): Promise<{ items: ReflectionView[] }> {
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => ({
    items: (await repo.listReflections(trx, actor.userId)).map(present),
  }));
}

/** One of the author's entries; anyone else's is not found. */
export function getReflection(ctx: AppContext, actor: UserActor, id: string): Promise<ReflectionView> {
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => {
    const row = await repo.findReflection(trx, id);
    if (!row) throw fail.notFound('That reflection');
    return present(row);
  });
}

/** Adds an entry; the audit row says that one was written, never what. */
export function createReflection(ctx: AppContext, actor: UserActor, input: { body: string }): Promise<ReflectionView> {
  const body = checkBody(input.body);
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => {
    const row = await repo.insertReflection(trx, actor.userId, body, ctx.now());
    await recordAudit(trx, actor, { action: 'reflection.create', recordType: 'reflection', recordId: row.id });
    return present(row);
  });
}

/** Edits an entry if it is still at the version the author opened. */
export function updateReflection(
  ctx: AppContext,
  actor: UserActor,
  id: string,
  input: { version: number; body: string },
): Promise<ReflectionView> {
  const body = checkBody(input.body);
  return repo.asAuthor(ctx.db, actor.userId, async (trx) => {
    const current = await repo.findReflection(trx, id);
    if (!current) throw fail.notFound('That reflection');
    const row =
      current.version === input.version
        ? await repo.updateReflection(trx, id, input.version, body, ctx.now())
        : undefined;
    if (!row) throw fail.editConflict('reflection', current);
    await recordAudit(trx, actor, { action: 'reflection.update', recordType: 'reflection', recordId: id });
    return present(row);
  });
}
